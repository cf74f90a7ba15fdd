import { describe, expect, it } from 'vitest'
import type { ContactId, InteractionId } from '../../../../shared/domain/ids'
import type { Contact } from '../../../../shared/domain/types'
import { planUndo, type ImportJournal, type JournalUpdate } from '../../../../shared/import/importJournal'
import { makeContact, testNow } from '../../../helpers/factories'

const ada = 'contact-ada' as ContactId
const grace = 'contact-grace' as ContactId
const note = 'note-1' as InteractionId

const moved: JournalUpdate = {
  id: ada,
  before: { company: 'Analytical Engines', position: 'Analyst', emails: ['ada@example.org'], location: '' },
  after: {
    company: 'Royal Society',
    position: 'Fellow',
    emails: ['ada@example.org', 'ada@rs.example'],
    location: 'London',
  },
  addedSources: ['linkedin'],
  noteId: note,
}

const journal = (updated: JournalUpdate[] = [moved]): ImportJournal => ({
  kind: 'rapport.import',
  version: 1,
  importId: 'import-1',
  format: 'linkedin',
  importedAt: testNow,
  counts: { rows: 2, created: 1, updated: 1, unchanged: 0, duplicates: 0, skipped: 0, reviews: 0 },
  created: [grace],
  updated,
  undoneAt: null,
})

/** Ada as the import left her. */
const adaNow = (partial: Partial<Contact> = {}) =>
  makeContact({
    id: ada,
    company: 'Royal Society',
    position: 'Fellow',
    emails: ['ada@example.org', 'ada@rs.example'],
    location: 'London',
    sources: ['linkedin', 'manual'],
    ...partial,
  })

const vault = (...contacts: Contact[]) => new Map(contacts.map((c) => [c.id as string, c]))

describe('planUndo', () => {
  it('removes the created contacts and puts back everything the import wrote, with its history note', () => {
    const plan = planUndo(journal(), vault(adaNow(), makeContact({ id: grace, firstName: 'Grace' })))

    expect(plan).toEqual({
      deletes: [grace],
      restores: [
        {
          id: ada,
          fields: { company: 'Analytical Engines', position: 'Analyst', location: '', emails: ['ada@example.org'] },
          removeSources: ['linkedin'],
        },
      ],
      noteIds: [note],
    })
  })

  it('leaves alone contacts deleted since, and values the user changed since', () => {
    const plan = planUndo(journal(), vault(adaNow({ company: 'Babbage & Co', location: 'Kent' })))

    expect(plan.deletes).toEqual([])
    expect(plan.restores[0].fields).toEqual({ position: 'Analyst', emails: ['ada@example.org'] })
  })

  it('keeps the history note when the previous role is not wholly back', () => {
    expect(planUndo(journal(), vault(adaNow({ company: 'Babbage & Co' }))).noteIds).toEqual([])
  })

  it('removes only the emails the import added, keeping those the user added since', () => {
    const plan = planUndo(
      journal(),
      vault(adaNow({ emails: ['ada@example.org', 'ada@rs.example', 'mine@example.com'] })),
    )

    expect(plan.restores[0].fields.emails).toEqual(['ada@example.org', 'mine@example.com'])
  })

  it('plans nothing for a contact that holds none of what the import wrote', () => {
    const untouched = { ...moved, addedSources: [] }
    const plan = planUndo(
      journal([untouched]),
      vault(adaNow({ company: 'X', position: 'Y', emails: [], location: 'Z', sources: ['manual'] })),
    )

    expect(plan.restores).toEqual([])
  })
})
