/** Escapes a vCard text value (RFC 6350 §3.4): backslash, comma, semicolon and line breaks. */
export const escapeVcardText = (value: string): string =>
  value.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n')

const encoder = new TextEncoder()

/**
 * One content line, folded at 75 octets (RFC 6350 §3.2): each continuation starts with a space, and a fold
 * never splits a UTF-8 sequence. Ends with CRLF.
 */
export const foldVcardLine = (line: string): string => {
  const parts: string[] = []
  let part = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    // The first line holds 75 octets; a continuation holds 74 after its leading space.
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(part)
      part = ''
      octets = 0
    }
    part += char
    octets += size
  }
  parts.push(part)
  return `${parts.join('\r\n ')}\r\n`
}
