/** CRC-10/ATM's polynomial, x^10 + x^9 + x^5 + x^4 + x + 1. */
const polynomial = 0x233

/**
 * The CRC-10 of a list of bits. Any error confined to 10 consecutive bits changes it: in a code of 5-bit
 * characters, that is every mistyped character and every swap of two neighbours.
 */
export const crc10 = (bits: readonly number[]): number => {
  let crc = 0
  for (const bit of bits) {
    const top = (crc >> 9) & 1
    crc = (crc << 1) & 0x3ff
    if (top !== bit) crc ^= polynomial
  }
  return crc
}
