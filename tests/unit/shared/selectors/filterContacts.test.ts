import { describe, expect, it } from 'vitest'
import type { ContactId } from '../../../../shared/domain/ids'
import { displayName, filterContacts, isEmptyFilter } from '../../../../shared/selectors/filterContacts'
import { makeContact, stageIds } from '../../../helpers/factories'

const ada = makeContact({
  id: 'ada' as ContactId,
  firstName: 'Ada',
  lastName: 'Lovelace',
  company: 'Analytical Engines',
  position: 'Analyst',
  tags: ['maths', 'poetry'],
  emails: ['countess@lovelace.example'],
  stageId: stageIds.connected,
  rank: 'a1',
})
const grace = makeContact({
  id: 'grace' as ContactId,
  firstName: 'Grace',
  lastName: 'Hopper',
  company: 'US Navy',
  position: 'Rear Admiral',
  tags: ['compilers'],
  emails: ['grace@navy.example'],
  stageId: stageIds.reachedOut,
  rank: 'a0',
})
const alan = makeContact({
  id: 'alan' as ContactId,
  firstName: 'Alan',
  lastName: 'Turing',
  company: 'Bletchley Park',
  position: 'Cryptanalyst',
  tags: ['maths'],
  stageId: stageIds.connected,
  rank: 'a0',
  archived: true,
})
const everyone = [ada, grace, alan]

const ids = (filter: Parameters<typeof filterContacts>[1]) => filterContacts(everyone, filter).map((c) => c.id)

describe('filterContacts', () => {
  it('gives every active contact, by rank then id, when no filter is set', () => {
    expect(ids({})).toEqual(['grace', 'ada'])
  })

  it('leaves archived contacts out unless asked to include them', () => {
    expect(ids({ includeArchived: true })).toEqual(['alan', 'grace', 'ada'])
  })

  it('keeps only the contacts of the stage asked for', () => {
    expect(ids({ stageId: stageIds.connected })).toEqual(['ada'])
    expect(ids({ stageId: stageIds.connected, includeArchived: true })).toEqual(['alan', 'ada'])
  })

  it('finds a contact by a word of its name, company, position, tags or emails, in any case', () => {
    expect(ids({ search: 'LOVELACE' })).toEqual(['ada'])
    expect(ids({ search: 'navy' })).toEqual(['grace'])
    expect(ids({ search: 'admiral' })).toEqual(['grace'])
    expect(ids({ search: 'poetry' })).toEqual(['ada'])
    expect(ids({ search: 'countess@' })).toEqual(['ada'])
  })

  it('needs every word of a search to match, each in any field', () => {
    expect(ids({ search: '  ada   engines ' })).toEqual(['ada'])
    expect(ids({ search: 'maths hopper' })).toEqual([])
    expect(ids({ search: 'maths', includeArchived: true })).toEqual(['alan', 'ada'])
  })

  it('never matches a word across two fields', () => {
    expect(ids({ search: 'adalovelace' })).toEqual([])
  })

  it('treats a blank search as no search', () => {
    expect(ids({ search: '   ' })).toEqual(['grace', 'ada'])
  })

  it('combines stage and search', () => {
    expect(ids({ stageId: stageIds.reachedOut, search: 'ada' })).toEqual([])
  })
})

describe('displayName', () => {
  it('joins first and last name, leaving out whichever is empty', () => {
    expect(displayName({ firstName: 'Ada', lastName: 'Lovelace' })).toBe('Ada Lovelace')
    expect(displayName({ firstName: 'Ada', lastName: '' })).toBe('Ada')
    expect(displayName({ firstName: '', lastName: 'Lovelace' })).toBe('Lovelace')
    expect(displayName({ firstName: '', lastName: '' })).toBe('')
  })
})

describe('filterContacts with facets and staleness', () => {
  const day = 86_400_000
  const t0 = Date.UTC(2026, 0, 1)
  const people = [
    makeContact({
      id: 'p1' as never,
      firstName: 'Tagged',
      tags: ['investor'],
      communities: ['Rust Meetup'],
      lastInteractionAt: t0 - 40 * day,
    }),
    makeContact({ id: 'p2' as never, firstName: 'Fresh', tags: ['mentor'], lastInteractionAt: t0 - 2 * day }),
    makeContact({
      id: 'p3' as never,
      firstName: 'Never',
      tags: [],
      lastInteractionAt: null,
      connectedOn: '2025-01-01',
      createdAt: t0,
    }),
  ]
  const names = (filter: Parameters<typeof filterContacts>[1]) => filterContacts(people, filter).map((c) => c.firstName)

  it('keeps contacts that have any of the chosen tags', () => {
    expect(names({ tags: ['investor', 'mentor'] })).toEqual(['Tagged', 'Fresh'])
  })

  it('keeps contacts that hang out in a chosen community', () => {
    expect(names({ communities: ['Rust Meetup'] })).toEqual(['Tagged'])
  })

  it('keeps contacts last touched before the cutoff, counting from the connection date when nothing was logged', () => {
    expect(names({ staleBefore: t0 - 30 * day })).toEqual(['Tagged', 'Never'])
  })

  it('says whether a filter narrows anything', () => {
    expect(isEmptyFilter({ includeArchived: true, search: '  ' })).toBe(true)
    expect(isEmptyFilter({ tags: ['x'] })).toBe(false)
  })
})
