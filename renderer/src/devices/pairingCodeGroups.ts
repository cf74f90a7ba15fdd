/**
 * A pairing code cut into groups of four to read out or type ("7KQ2 M9XD 4TNB"): dashes and spaces are dropped
 * first, as the core ignores them, and letters are upper-cased.
 */
export const pairingCodeGroups = (code: string, size = 4): string[] => {
  const plain = code.replace(/[\s-]+/g, '').toUpperCase()
  const groups: string[] = []
  for (let i = 0; i < plain.length; i += size) groups.push(plain.slice(i, i + size))
  return groups
}
