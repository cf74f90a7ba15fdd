import { generateKeyBetween } from 'fractional-indexing'
import { RapportError } from '../api/errors'
import { byRank } from './byRank'

type Ranked = { id: string; rank: string }

/**
 * The rank that places an item in a ranked list: right after `afterId`, right before
 * `beforeId`, or at the end when neither is given. The item itself (`selfId`) is ignored,
 * so moving a card within its own column works. One linear pass, no sort: columns can hold
 * tens of thousands of cards.
 */
export const rankForPosition = (
  items: Iterable<Ranked>,
  target: { selfId?: string; afterId?: string | null; beforeId?: string | null },
): string => {
  const others = [...items].filter((i) => i.id !== target.selfId)
  const find = (id: string): Ranked => {
    const found = others.find((i) => i.id === id)
    if (!found) throw new RapportError('not_found', `${id} is not in that column.`)
    return found
  }
  let below: Ranked | null = null
  let above: Ranked | null = null
  if (target.afterId) {
    below = find(target.afterId)
    above = nearest(
      others,
      (i) => byRank(i, below!) > 0,
      (a, b) => byRank(a, b) < 0,
    )
  } else if (target.beforeId) {
    above = find(target.beforeId)
    below = nearest(
      others,
      (i) => byRank(i, above!) < 0,
      (a, b) => byRank(a, b) > 0,
    )
  } else {
    below = nearest(
      others,
      () => true,
      (a, b) => byRank(a, b) > 0,
    )
  }
  let low = below?.rank ?? null
  let high = above?.rank ?? null
  // Equal ranks come from concurrent moves on two devices: go past the tie instead, away from
  // the named neighbour (after it when placing after, before it when placing before).
  if (low !== null && high !== null && high <= low) {
    const tie = low
    if (target.afterId)
      high =
        nearest(
          others,
          (i) => i.rank > tie,
          (a, b) => a.rank < b.rank,
        )?.rank ?? null
    else
      low =
        nearest(
          others,
          (i) => i.rank < tie,
          (a, b) => a.rank > b.rank,
        )?.rank ?? null
  }
  return generateKeyBetween(low, high)
}

const nearest = (
  items: Ranked[],
  keep: (item: Ranked) => boolean,
  better: (a: Ranked, b: Ranked) => boolean,
): Ranked | null => {
  let best: Ranked | null = null
  for (const item of items) if (keep(item) && (best === null || better(item, best))) best = item
  return best
}
