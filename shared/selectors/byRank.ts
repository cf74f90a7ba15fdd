/** Orders things that carry a fractional rank: by rank, then by id so ties sort the same everywhere. */
export const byRank = <T extends { rank: string; id: string }>(a: T, b: T): number =>
  a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
