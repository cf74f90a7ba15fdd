import { describe, expect, it } from 'vitest'
import { unmergeChanges } from '../../../../shared/merge/unmergeChanges'
import { mergeContactFields } from '../../../../shared/selectors/mergeContactFields'
import type { Contact } from '../../../../shared/domain'
import { makeContact } from '../../../helpers/factories'

const before = makeContact({
  firstName: 'Ada',
  lastName: 'Lovelace',
  emails: ['ada@example.com'],
  notes: 'Met at the salon',
  tags: ['maths'],
  sources: ['manual'],
  createdAt: 2_000,
})
const other = makeContact({
  firstName: 'Augusta',
  company: 'Analytical Engines',
  emails: ['countess@example.org'],
  notes: 'Likes poetry',
  tags: ['poetry'],
  cadenceDays: 14,
  sources: ['linkedin'],
  createdAt: 1_000,
})
/** The kept contact as the merge leaves it. */
const after: Contact = {
  ...before,
  ...mergeContactFields(before, other),
  sources: ['manual', 'linkedin'],
  createdAt: 1_000,
}

describe('unmergeChanges', () => {
  it('puts back every value the merge wrote when nothing was edited since', () => {
    expect(unmergeChanges(before, after, after)).toEqual({
      fields: {
        company: '',
        cadenceDays: null,
        notes: 'Met at the salon',
        emails: ['ada@example.com'],
        tags: ['maths'],
      },
      removeSources: ['linkedin'],
      createdAt: 2_000,
    })
  })

  it('leaves alone a value edited since the merge', () => {
    const current = { ...after, company: 'Royal Society', cadenceDays: 7 }
    const { fields } = unmergeChanges(before, after, current)
    expect(fields).not.toHaveProperty('company')
    expect(fields).not.toHaveProperty('cadenceDays')
  })

  it('takes the appended notes off while they are still at the end', () => {
    const current = { ...after, notes: 'Met at the salon in 1833\n\nLikes poetry' }
    expect(unmergeChanges(before, after, current).fields.notes).toBe('Met at the salon in 1833')
  })

  it('leaves notes alone once the appended part was edited', () => {
    const current = { ...after, notes: 'Met at the salon\n\nLikes poetry and maths' }
    expect(unmergeChanges(before, after, current).fields).not.toHaveProperty('notes')
  })

  it('removes the list entries the merge added and keeps ones added since', () => {
    const current = { ...after, emails: [...after.emails, 'new@example.com'], tags: ['maths', 'poetry', 'friend'] }
    const { fields } = unmergeChanges(before, after, current)
    expect(fields.emails).toEqual(['ada@example.com', 'new@example.com'])
    expect(fields.tags).toEqual(['maths', 'friend'])
  })

  it('archives the kept contact again when the merge had brought it back', () => {
    const archived = { ...before, archived: true }
    const unarchived = { ...after, archived: false }
    expect(unmergeChanges(archived, unarchived, unarchived).archived).toBe(true)
    expect(unmergeChanges(archived, unarchived, { ...unarchived, archived: true })).not.toHaveProperty('archived')
  })

  it('changes nothing when the merge changed nothing', () => {
    expect(unmergeChanges(before, before, before)).toEqual({ fields: {}, removeSources: [] })
  })
})
