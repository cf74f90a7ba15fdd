import { describe, expect, it } from 'vitest'
import type { ContactId } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'
import { maxMergeCandidates, mergeCandidates } from '../../../renderer/src/merge/mergeCandidates'
import { makeContact } from '../../helpers/factories'

const ada = makeContact({ id: 'ada' as ContactId, firstName: 'Ada', lastName: 'Lovelace' })
const augusta = makeContact({
  id: 'augusta' as ContactId,
  firstName: 'Augusta',
  lastName: 'Byron',
  company: 'Analytical',
})
const zoe = makeContact({ id: 'zoe' as ContactId, firstName: 'Zoë', lastName: 'Dupont', company: 'École' })
const lada = makeContact({ id: 'lada' as ContactId, firstName: 'Lada', lastName: 'Ng', archived: true })
const everyone = [ada, augusta, zoe, lada]

const names = (query: string, of = ada) => mergeCandidates(everyone, of, query).map(displayName)

describe('mergeCandidates', () => {
  it('offers everyone but the contact itself, by name, when nothing is typed', () => {
    expect(names('')).toEqual(['Augusta Byron', 'Lada Ng', 'Zoë Dupont'])
  })

  it('finds people by every word typed, without case or accents, in the name or the company', () => {
    expect(names('zoe')).toEqual(['Zoë Dupont'])
    expect(names('ECOLE dup')).toEqual(['Zoë Dupont'])
    expect(names('analytical')).toEqual(['Augusta Byron'])
  })

  it('puts names that start with what was typed first', () => {
    expect(names('ada', zoe)).toEqual(['Ada Lovelace', 'Lada Ng'])
  })

  it('includes archived contacts', () => {
    expect(names('lada')).toEqual(['Lada Ng'])
  })

  it('lists at most a page of people', () => {
    const many = Array.from({ length: 80 }, (_, i) => makeContact({ id: `c${i}` as ContactId, firstName: `P${i}` }))
    expect(mergeCandidates(many, ada, '')).toHaveLength(maxMergeCandidates)
  })
})
