import { describe, expect, it } from 'vitest'
import type { ContactId } from '../../../../shared/domain/ids'
import { mergeContactFields } from '../../../../shared/selectors/mergeContactFields'
import { makeContact } from '../../../helpers/factories'

const kept = (partial: Parameters<typeof makeContact>[0] = {}) => makeContact({ id: 'kept' as ContactId, ...partial })
const other = (partial: Parameters<typeof makeContact>[0] = {}) => makeContact({ id: 'other' as ContactId, ...partial })

describe('mergeContactFields', () => {
  it('changes nothing when the two contacts hold the same fields', () => {
    expect(mergeContactFields(kept(), other())).toEqual({})
  })

  it("keeps the kept contact's scalar fields when they are set", () => {
    const fields = mergeContactFields(
      kept({ company: 'Analytical Engines', position: 'Engineer', location: 'London', howWeMet: 'Salon' }),
      other({
        firstName: 'Augusta',
        company: 'Babbage & Co',
        position: 'Writer',
        location: 'Paris',
        howWeMet: 'Letter',
      }),
    )
    expect(fields).toEqual({})
  })

  it("takes the other contact's value for each scalar field the kept one leaves empty", () => {
    const fields = mergeContactFields(
      kept({ firstName: '', lastName: 'Lovelace' }),
      other({
        firstName: 'Ada',
        lastName: 'King',
        position: 'Writer',
        company: 'Babbage & Co',
        linkedinUrl: 'https://www.linkedin.com/in/ada',
        location: 'London',
        howWeMet: 'Salon',
      }),
    )
    expect(fields).toEqual({
      firstName: 'Ada',
      position: 'Writer',
      company: 'Babbage & Co',
      linkedinUrl: 'https://www.linkedin.com/in/ada',
      location: 'London',
      howWeMet: 'Salon',
    })
  })

  it('treats a blank scalar field as empty', () => {
    expect(mergeContactFields(kept({ company: '  ' }), other({ company: 'Acme' }))).toEqual({ company: 'Acme' })
  })

  it('joins notes with a blank line, the kept ones first', () => {
    expect(mergeContactFields(kept({ notes: 'Met at the salon' }), other({ notes: 'Likes poetry' }))).toEqual({
      notes: 'Met at the salon\n\nLikes poetry',
    })
  })

  it('joins what I can offer the same way', () => {
    expect(mergeContactFields(kept({ offer: 'An intro' }), other({ offer: 'A review' }))).toEqual({
      offer: 'An intro\n\nA review',
    })
  })

  it('does not repeat notes that are the same, and takes the other ones when the kept ones are empty', () => {
    expect(mergeContactFields(kept({ notes: 'Same' }), other({ notes: 'Same' }))).toEqual({})
    expect(mergeContactFields(kept({ notes: '' }), other({ notes: 'Theirs' }))).toEqual({ notes: 'Theirs' })
    expect(mergeContactFields(kept({ offer: 'Mine' }), other({ offer: '' }))).toEqual({})
  })

  it('unites emails, the kept ones first, ignoring case', () => {
    const fields = mergeContactFields(
      kept({ emails: ['ada@example.com', 'ada@work.example'] }),
      other({ emails: ['ADA@example.com', 'countess@example.org', 'Countess@example.org'] }),
    )
    expect(fields).toEqual({ emails: ['ada@example.com', 'ada@work.example', 'countess@example.org'] })
  })

  it('unites phones, the kept ones first, without duplicates', () => {
    const fields = mergeContactFields(kept({ phones: ['+44 1'] }), other({ phones: ['+44 2', '+44 1'] }))
    expect(fields).toEqual({ phones: ['+44 1', '+44 2'] })
  })

  it('unites tags and communities', () => {
    const fields = mergeContactFields(
      kept({ tags: ['maths'], communities: ['Royal Society'] }),
      other({ tags: ['maths', 'poetry'], communities: ['Salon'] }),
    )
    expect(fields).toEqual({ tags: ['maths', 'poetry'], communities: ['Royal Society', 'Salon'] })
  })

  it('takes the shorter cadence that is set', () => {
    expect(mergeContactFields(kept({ cadenceDays: 30 }), other({ cadenceDays: 14 }))).toEqual({ cadenceDays: 14 })
    expect(mergeContactFields(kept({ cadenceDays: 14 }), other({ cadenceDays: 30 }))).toEqual({})
    expect(mergeContactFields(kept({ cadenceDays: null }), other({ cadenceDays: 30 }))).toEqual({ cadenceDays: 30 })
    expect(mergeContactFields(kept({ cadenceDays: 30 }), other({ cadenceDays: null }))).toEqual({})
  })

  it('takes the earlier connection date that is known', () => {
    expect(mergeContactFields(kept({ connectedOn: '2024-05-01' }), other({ connectedOn: '2019-12-31' }))).toEqual({
      connectedOn: '2019-12-31',
    })
    expect(mergeContactFields(kept({ connectedOn: '2019-12-31' }), other({ connectedOn: '2024-05-01' }))).toEqual({})
    expect(mergeContactFields(kept({ connectedOn: null }), other({ connectedOn: '2024-05-01' }))).toEqual({
      connectedOn: '2024-05-01',
    })
    expect(mergeContactFields(kept({ connectedOn: '2024-05-01' }), other({ connectedOn: null }))).toEqual({})
  })
})
