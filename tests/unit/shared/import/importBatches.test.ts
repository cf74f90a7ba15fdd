import { describe, expect, it } from 'vitest'
import { batchesOf, utf8Length } from '../../../../shared/import/importBatches'

describe('batchesOf', () => {
  it('cuts records into batches of at most the given count, in order', () => {
    expect(batchesOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
  })

  it('starts a new batch before the JSON of one would pass the byte limit', () => {
    const records = ['a'.repeat(40), 'b'.repeat(40), 'c'.repeat(40)]

    expect(batchesOf(records, 100, 100).map((b) => b.length)).toEqual([2, 1])
  })

  it('keeps a record larger than the limit whole, in a batch of its own', () => {
    expect(batchesOf(['x'.repeat(500), 'y'], 100, 100)).toEqual([['x'.repeat(500)], ['y']])
  })

  it('answers no batch for no records', () => {
    expect(batchesOf([], 10)).toEqual([])
  })
})

describe('utf8Length', () => {
  it('counts the bytes of ASCII, accented letters, CJK and emoji as UTF-8 does', () => {
    for (const text of ['', 'Ada', 'Zoë École', '張偉', 'Founder 🚀', 'lone \ud83d surrogate'])
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length)
  })
})
