import { describe, expect, it } from 'vitest'
import { communityFacets } from '../../../../shared/communities/communityFacets'
import { communityMembers } from '../../../../shared/communities/communityMembers'
import { membersNotContactedSince } from '../../../../shared/communities/membersNotContactedSince'
import { sharedCommunities } from '../../../../shared/communities/sharedCommunities'
import type { CommunityId, ContactId } from '../../../../shared/domain/ids'
import { filterContacts } from '../../../../shared/selectors/filterContacts'
import { makeCommunity } from '../../../helpers/communityFactories'
import { makeContact, testNow } from '../../../helpers/factories'

const day = 86_400_000
const rust = makeCommunity({ id: 'cm-rust' as CommunityId, name: 'Rust Berlin', member: true })
const pydata = makeCommunity({ id: 'cm-py' as CommunityId, name: 'PyData', member: false })
const alumni = makeCommunity({ id: 'cm-alumni' as CommunityId, name: 'Alumni', member: true, archived: true })
const byId = new Map([rust, pydata, alumni].map((c) => [c.id as string, c]))

const ada = makeContact({ id: 'ada' as ContactId, firstName: 'Ada', communities: [rust.id, pydata.id, alumni.id] })
const grace = makeContact({
  id: 'grace' as ContactId,
  firstName: 'Grace',
  communities: [rust.id],
  lastInteractionAt: testNow - 10 * day,
})
const alan = makeContact({
  id: 'alan' as ContactId,
  firstName: 'Alan',
  communities: [rust.id],
  lastInteractionAt: testNow - 120 * day,
})
const old = makeContact({ id: 'old' as ContactId, firstName: 'Old', communities: [rust.id], archived: true })
const everyone = [grace, old, ada, alan]

describe('communityMembers', () => {
  it('lists the active contacts in a community by name', () => {
    expect(communityMembers(rust.id, everyone).map((c) => c.firstName)).toEqual(['Ada', 'Alan', 'Grace'])
    expect(communityMembers(pydata.id, everyone).map((c) => c.firstName)).toEqual(['Ada'])
  })
})

describe('membersNotContactedSince', () => {
  it('lists the members not talked to in the last N days, and those never talked to', () => {
    expect(membersNotContactedSince(rust.id, everyone, testNow, 90).map((c) => c.firstName)).toEqual(['Ada', 'Alan'])
    expect(membersNotContactedSince(rust.id, everyone, testNow, 7).map((c) => c.firstName)).toEqual([
      'Ada',
      'Alan',
      'Grace',
    ])
  })
})

describe('sharedCommunities', () => {
  it('gives the communities of a contact that the user belongs to, leaving out archived ones', () => {
    expect(sharedCommunities(ada, byId).map((c) => c.name)).toEqual(['Rust Berlin'])
    expect(sharedCommunities(makeContact({ communities: ['cm-unknown'] }), byId)).toEqual([])
  })
})

describe('communityFacets', () => {
  it('offers the communities in use among active contacts by name, filtering by id', () => {
    expect(communityFacets(everyone, [rust, pydata, alumni])).toEqual([
      { value: 'cm-alumni', label: 'Alumni' },
      { value: 'cm-py', label: 'PyData' },
      { value: 'cm-rust', label: 'Rust Berlin' },
    ])
  })

  it('keeps the chosen ones without reading the contacts, and shows an id without a record as itself', () => {
    expect(communityFacets(null, [rust], ['cm-rust', 'cm-later'])).toEqual([
      { value: 'cm-later', label: 'cm-later' },
      { value: 'cm-rust', label: 'Rust Berlin' },
    ])
  })

  it('narrows the board to the contacts in a chosen community, by its id', () => {
    expect(filterContacts(everyone, { communities: [pydata.id] }).map((c) => c.id)).toEqual(['ada'])
  })
})
