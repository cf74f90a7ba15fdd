import { describe, expect, it } from 'vitest'
import type { Contact, ContactId } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'
import { contactSearchIndex } from '../../../renderer/src/palette/contactSearchIndex'
import { searchContacts } from '../../../renderer/src/palette/searchContacts'
import { searchText } from '../../../renderer/src/palette/searchText'
import { makeContact } from '../../helpers/factories'

const person = (id: string, firstName: string, lastName: string, company = '', archived = false): Contact =>
  makeContact({ id: id as ContactId, firstName, lastName, company, archived })

const annaSmith = person('anna-smith', 'Anna', 'Smith', 'Globex')
const joannaAnn = person('joanna', 'Joanna', 'Annable', 'Initech')
const bobAnnex = person('bob', 'Bob', 'Stone', 'Annex Labs')
const zoe = person('zoe', 'Zoë', 'Müller-Øst', 'École Polytechnique')
const hanna = person('hanna', 'Hanna', 'Berg', 'Acme')
const archivedAnn = person('ann-old', 'Ann', 'Archer', '', true)
const everyone = [hanna, bobAnnex, joannaAnn, zoe, annaSmith, archivedAnn]

const names = (query: string, contacts: Contact[] = everyone, limit?: number) =>
  searchContacts(contactSearchIndex(contacts), query, limit).map(displayName)

describe('searchText', () => {
  it('drops case, accents and punctuation, and collapses spaces', () => {
    expect(searchText('  Zoë  Müller-Øst ')).toBe('zoe muller ost')
    expect(searchText("O'Brien & Søns, Straße")).toBe('o brien sons strasse')
  })
})

describe('searchContacts', () => {
  it('puts names starting with the query first, then word prefixes of name or company, then substrings', () => {
    expect(names('ann')).toEqual(['Anna Smith', 'Bob Stone', 'Joanna Annable', 'Hanna Berg', 'Ann Archer'])
  })

  it('ranks an archived contact after every active one, whatever its match', () => {
    expect(names('ann').at(-1)).toBe('Ann Archer')
  })

  it('finds a contact by its company', () => {
    expect(names('globex')).toEqual(['Anna Smith'])
    expect(names('annex')).toEqual(['Bob Stone'])
  })

  it('needs every word typed, each found in the name or the company, in any order', () => {
    expect(names('smith anna')).toEqual(['Anna Smith'])
    expect(names('anna glob')).toEqual(['Anna Smith'])
    expect(names('anna initech')).toEqual(['Joanna Annable'])
    expect(names('anna nobody')).toEqual([])
  })

  it('ignores accents and case on both sides', () => {
    expect(names('ZOE')).toEqual(['Zoë Müller-Øst'])
    expect(names('müller ost')).toEqual(['Zoë Müller-Øst'])
    expect(names('ecole')).toEqual(['Zoë Müller-Øst'])
  })

  it('answers nothing for an empty or blank query', () => {
    expect(names('')).toEqual([])
    expect(names('  -  ')).toEqual([])
  })

  it('keeps only the best matches, alphabetical within a tier', () => {
    const many = Array.from({ length: 50 }, (_, i) => person(`p${i}`, `Sam${String(i).padStart(2, '0')}`, 'Lee'))
    expect(names('sam', many, 3)).toEqual(['Sam00 Lee', 'Sam01 Lee', 'Sam02 Lee'])
    expect(names('sam', many.toReversed(), 3)).toEqual(['Sam00 Lee', 'Sam01 Lee', 'Sam02 Lee'])
    expect(names('lee', many)).toHaveLength(20)
  })

  it('does not let a name prefix run on into the company', () => {
    const ada = person('ada', 'Ada', '', 'Lovelace Ltd')
    expect(searchContacts(contactSearchIndex([ada]), 'ada lovelace').map((c) => c.id)).toEqual(['ada'])
    const [entry] = contactSearchIndex([ada]).entries
    expect(entry.text.startsWith(' ada lovelace')).toBe(false)
  })
})

describe('contactSearchIndex', () => {
  it('reuses the entries of unchanged contact records and makes new ones for changed records', () => {
    const first = contactSearchIndex([annaSmith, hanna])
    const renamed = { ...hanna, firstName: 'Johanna' }
    const next = contactSearchIndex([annaSmith, renamed], first)
    expect(next.entries[0]).toBe(first.entries[0])
    expect(next.entries[1].name).toBe('johanna berg')
    expect(searchContacts(next, 'johanna').map((c) => c.id)).toEqual(['hanna'])
  })

  it('drops contacts no longer given', () => {
    const first = contactSearchIndex([annaSmith, hanna])
    expect(searchContacts(contactSearchIndex([hanna], first), 'anna').map((c) => c.id)).toEqual(['hanna'])
  })
})
