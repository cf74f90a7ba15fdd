// The well-formed UTF-8 byte sequences (Unicode 15, table 3-7): the range each continuation byte must fall in,
// by lead byte. Overlong forms, surrogates and code points past U+10FFFF are excluded by the first range.
const continuationRanges = (lead: number): Array<[number, number]> | null => {
  if (lead >= 0xc2 && lead <= 0xdf) return [[0x80, 0xbf]]
  if (lead === 0xe0)
    return [
      [0xa0, 0xbf],
      [0x80, 0xbf],
    ]
  if (lead === 0xed)
    return [
      [0x80, 0x9f],
      [0x80, 0xbf],
    ]
  if (lead >= 0xe1 && lead <= 0xef)
    return [
      [0x80, 0xbf],
      [0x80, 0xbf],
    ]
  if (lead === 0xf0)
    return [
      [0x90, 0xbf],
      [0x80, 0xbf],
      [0x80, 0xbf],
    ]
  if (lead >= 0xf1 && lead <= 0xf3)
    return [
      [0x80, 0xbf],
      [0x80, 0xbf],
      [0x80, 0xbf],
    ]
  if (lead === 0xf4)
    return [
      [0x80, 0x8f],
      [0x80, 0xbf],
      [0x80, 0xbf],
    ]
  return null
}

/**
 * The offset of the first byte that starts an ill-formed UTF-8 sequence, or -1 when all of `bytes` is valid UTF-8.
 * `TextDecoder` only says *that* the input is invalid; this says *where*, for the message the user sees.
 */
export const firstInvalidUtf8Offset = (bytes: Uint8Array): number => {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i]
    if (lead < 0x80) {
      i += 1
      continue
    }
    const ranges = continuationRanges(lead)
    if (ranges === null) return i
    for (let k = 0; k < ranges.length; k += 1) {
      const byte = bytes[i + 1 + k]
      if (byte === undefined || byte < ranges[k][0] || byte > ranges[k][1]) return i
    }
    i += 1 + ranges.length
  }
  return -1
}
