import type { Contact } from '../../../shared/domain'
import type { ContactSearchIndex, SearchEntry } from './contactSearchIndex'
import { searchText } from './searchText'

type Ranked = { entry: SearchEntry; tier: number }

/**
 * How well an entry matches, lower is better, or -1 when it does not: 0 when the name starts with the query,
 * 1 when every word of the query starts a word of the name or the company, 2 when every word is found inside
 * them. An archived contact ranks after every active one.
 */
const tierOf = (entry: SearchEntry, phrase: string, words: string[], wordStarts: string[]): number => {
  const { text } = entry
  for (const word of words) if (!text.includes(word)) return -1
  let tier = 2
  if (text.startsWith(phrase)) tier = 0
  else if (wordStarts.every((start) => text.includes(start))) tier = 1
  return entry.contact.archived ? tier + 3 : tier
}

const before = (a: Ranked, b: Ranked): boolean =>
  a.tier !== b.tier
    ? a.tier < b.tier
    : a.entry.name !== b.entry.name
      ? a.entry.name < b.entry.name
      : a.entry.contact.id < b.entry.contact.id

/**
 * The contacts best matching what was typed in the palette, best first, at most `limit`: names starting with it,
 * then contacts whose name or company words start with each typed word, then those holding each word anywhere in
 * their name or company; alphabetical within each. Accents, case and punctuation are ignored. One pass over the
 * index keeping only the best `limit` so far, so its cost does not depend on how many contacts match.
 */
export const searchContacts = (index: ContactSearchIndex, query: string, limit = 20): Contact[] => {
  const typed = searchText(query)
  if (!typed || limit <= 0) return []
  const words = typed.split(' ')
  const phrase = ` ${typed}`
  const wordStarts = words.map((word) => ` ${word}`)
  const best: Ranked[] = []
  for (const entry of index.entries) {
    // Once the best are all names starting with the query, only another such name can take a place.
    if (best.length === limit && best[limit - 1].tier === 0 && !entry.text.startsWith(phrase)) continue
    const tier = tierOf(entry, phrase, words, wordStarts)
    if (tier === -1) continue
    const ranked = { entry, tier }
    if (best.length === limit && !before(ranked, best[limit - 1])) continue
    let at = best.length
    while (at > 0 && before(ranked, best[at - 1])) at--
    best.splice(at, 0, ranked)
    if (best.length > limit) best.pop()
  }
  return best.map((r) => r.entry.contact)
}
