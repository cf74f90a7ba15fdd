/** One edit that turns a text into another: replace `[start, end)` with `text`. */
export type Splice = { start: number; end: number; text: string }

/** The smallest single splice from `before` to `after` (common prefix and suffix kept). */
export const spliceBetween = (before: string, after: string): Splice => {
  let start = 0
  const max = Math.min(before.length, after.length)
  while (start < max && before[start] === after[start]) start++
  let tail = 0
  while (tail < max - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) }
}

const isEmpty = (s: Splice): boolean => s.start === s.end && s.text === ''

/**
 * Three-way merge of notes: my edit (base to mine) replayed on their text (base to theirs), so
 * that a change from another device that arrived while I typed is kept, as the core's
 * collaborative text would keep it. When both edits touch the same place, mine wins.
 */
export const mergeText = (base: string, mine: string, theirs: string): string => {
  if (mine === base || mine === theirs) return theirs
  if (theirs === base) return mine
  const m = spliceBetween(base, mine)
  const t = spliceBetween(base, theirs)
  if (isEmpty(t)) return mine
  const apply = (text: string, s: Splice) => text.slice(0, s.start) + s.text + text.slice(s.end)
  // Apply the later splice first, so the earlier one's positions still hold.
  if (m.end <= t.start) return apply(apply(base, t), m)
  if (t.end <= m.start) return apply(apply(base, m), t)
  return mine
}

/** Where a caret at `caret` in `before` belongs once the text became `after`. */
export const mapCaret = (before: string, after: string, caret: number): number => {
  const s = spliceBetween(before, after)
  if (caret <= s.start) return caret
  if (caret >= s.end) return caret + s.text.length - (s.end - s.start)
  return s.start + s.text.length
}
