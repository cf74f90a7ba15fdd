import { describe, expect, it } from 'vitest'
import type { ImportCounts } from '../../../shared/import/importPlan'
import {
  contactsLabel,
  countCards,
  importButtonLabel,
  importWrites,
  peopleInFile,
  percentDone,
} from '../../../renderer/src/import/importLabels'

const makeCounts = (partial: Partial<ImportCounts> = {}): ImportCounts => ({
  rows: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  duplicates: 0,
  skipped: 0,
  reviews: 0,
  ...partial,
})

describe('import labels', () => {
  it('shows every count as a card, rows first and reviews last', () => {
    const cards = countCards(makeCounts({ rows: 14, created: 13, duplicates: 1 }))

    expect(cards.map((c) => `${c.label}: ${c.value}`)).toEqual([
      'Rows: 14',
      'New: 13',
      'Updated: 0',
      'Unchanged: 0',
      'Duplicates: 1',
      'Skipped: 0',
      'To review: 0',
    ])
  })

  it('counts the people of the file as new, updated and unchanged, leaving out merged and skipped rows', () => {
    expect(
      peopleInFile(makeCounts({ rows: 20, created: 10, updated: 4, unchanged: 3, duplicates: 2, skipped: 1 })),
    ).toBe(17)
  })

  it('names the run button with the number of people, singular for one', () => {
    expect(importButtonLabel(makeCounts({ created: 13 }))).toBe('Import 13 contacts')
    expect(importButtonLabel(makeCounts({ updated: 1 }))).toBe('Import 1 contact')
    expect(contactsLabel(30_000)).toBe('30,000 contacts')
  })

  // Regression: a file whose people were all in the vault already offered "Import 13 contacts".
  it('counts only the contacts the import writes, not the unchanged ones', () => {
    expect(importButtonLabel(makeCounts({ rows: 20, created: 2, updated: 3, unchanged: 13 }))).toBe('Import 5 contacts')
  })

  it('says "Nothing to import" when nothing would be written', () => {
    const counts = makeCounts({ rows: 14, unchanged: 13, duplicates: 1 })
    expect(importButtonLabel(counts)).toBe('Nothing to import')
    expect(importWrites(counts)).toEqual([])
  })

  it('names the stages, interactions and goals an export adds', () => {
    expect(importButtonLabel(makeCounts({ unchanged: 4, interactions: 12 }))).toBe('Import 12 interactions')
    expect(importButtonLabel(makeCounts({ created: 1, stages: 1, goals: 2 }))).toBe(
      'Import 1 contact, 1 stage, 2 goals',
    )
  })

  it('says how far staging got in whole percents, and an empty upload is done', () => {
    expect(percentDone(2_000, 30_000)).toBe(7)
    expect(percentDone(30_000, 30_000)).toBe(100)
    expect(percentDone(0, 0)).toBe(100)
  })
})
