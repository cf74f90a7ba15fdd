/** A seeded pseudo-random source: the same seed gives the same sequence on every run. */
export type SeededRandom = {
  /** A float in [0, 1). */
  next: () => number
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number
  /** True with the given probability. */
  chance: (probability: number) => boolean
  /** One element of a non-empty list. */
  pick: <T>(items: readonly T[]) => T
  /** `count` distinct elements of a list (fewer if the list is shorter). */
  sample: <T>(items: readonly T[], count: number) => T[]
  /** A random-looking but reproducible UUID (version 4 layout). */
  uuid: () => string
  /** A lowercase hexadecimal string of the given length. */
  hex: (length: number) => string
}

/** mulberry32: a tiny 32-bit PRNG, plenty for fake data (not for anything secret). */
export const mulberry32 = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A seeded random source with the helpers the generators need. */
export const seededRandom = (seed: number): SeededRandom => {
  const next = mulberry32(seed)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const hex = (length: number) => {
    let out = ''
    while (out.length < length)
      out += Math.floor(next() * 0x100000000)
        .toString(16)
        .padStart(8, '0')
    return out.slice(0, length)
  }
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    sample: (items, count) => {
      const copy = [...items]
      const out: (typeof items)[number][] = []
      while (out.length < count && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0])
      return out
    },
    uuid: () => {
      const h = hex(32)
      const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
    },
    hex,
  }
}
