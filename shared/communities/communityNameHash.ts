const fnv1a = (text: string, seed: number): number => {
  let hash = seed
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

const hex = (n: number): string => n.toString(16).padStart(8, '0')

/** Sixteen hex digits from two FNV-1a hashes of the text: the same on every device and version. */
export const communityNameHash = (text: string): string => hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x050c5d1f))
