const decoderFor = (charset: string): ((bytes: Uint8Array) => string) => {
  try {
    const decoder = new TextDecoder(charset)
    return (bytes) => decoder.decode(bytes)
  } catch {
    // An unknown charset label: UTF-8 is what almost every modern writer means.
    return decoderFor('utf-8')
  }
}

/**
 * Decodes a quoted-printable value (soft line breaks already joined): each run of `=XX` bytes is read in `charset`
 * (UTF-8, ISO-8859-1, Windows-1252, ...), the text between runs is kept as it is.
 */
export const decodeQuotedPrintable = (value: string, charset = 'utf-8'): string => {
  const decode = decoderFor(charset)
  return value.replace(/(?:=[0-9A-Fa-f]{2})+/g, (run) => {
    const bytes = new Uint8Array(run.length / 3)
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(run.slice(i * 3 + 1, i * 3 + 3), 16)
    return decode(bytes)
  })
}
