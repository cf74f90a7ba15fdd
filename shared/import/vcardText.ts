/** Splits a vCard value on `separator` where it is not escaped with a backslash; the parts keep their escapes. */
export const splitEscaped = (value: string, separator: ';' | ','): string[] => {
  const parts: string[] = []
  let start = 0
  for (let i = 0; i < value.length; i += 1) {
    if (value[i] === '\\') i += 1
    else if (value[i] === separator) {
      parts.push(value.slice(start, i))
      start = i + 1
    }
  }
  parts.push(value.slice(start))
  return parts
}

const escapes: Record<string, string> = { n: '\n', N: '\n', ',': ',', ';': ';', ':': ':', '\\': '\\' }

/**
 * Resolves a vCard text value's escapes: `\,` `\;` `\\` and `\n` (a line break; also read in 2.1 files, whose
 * writers mean nothing else by it). An unknown escape keeps its backslash.
 */
export const unescapeVcardText = (value: string): string =>
  value.replace(/\\(.)/gs, (escape, char: string) => escapes[char] ?? escape)
