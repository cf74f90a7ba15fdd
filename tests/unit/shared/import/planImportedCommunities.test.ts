import { describe, expect, it } from 'vitest'
import { communityIdFor } from '../../../../shared/communities/communityIdFor'
import { planImportedCommunities } from '../../../../shared/import/planImportedCommunities'
import { communityIn, withCommunity } from '../../../helpers/communityFactories'
import { makeWorkspace, testNow } from '../../../helpers/factories'

const { doc, id: rustId } = withCommunity(makeWorkspace(), { name: 'Rust Berlin', kind: 'meetup' })

describe('planImportedCommunities', () => {
  it('resolves a name the vault has to its community, whatever its case, and creates none for it', () => {
    const plan = planImportedCommunities({
      existing: doc.communities,
      names: ['RUST berlin'],
      records: [],
      now: testNow,
    })

    expect(plan.communityIdByName.get('rust berlin')).toBe(rustId)
    expect(plan.newCommunities).toEqual([])
    expect(communityIn(doc, rustId).kind).toBe('meetup')
  })

  it('creates a community for each new name once, with the export’s record of it when there is one', () => {
    const plan = planImportedCommunities({
      existing: doc.communities,
      names: ['PyData', 'pydata', 'Book club'],
      records: [
        {
          line: 3,
          name: 'PyData',
          kind: 'conference',
          url: 'https://pydata.org',
          notes: '',
          member: true,
          archived: false,
          createdAt: 5,
        },
      ],
      now: testNow,
    })

    expect(plan.newCommunities.map((c) => [c.id, c.name, c.kind, c.member, c.createdAt])).toEqual([
      [communityIdFor({}, 'PyData'), 'PyData', 'conference', true, 5],
      [communityIdFor({}, 'Book club'), 'Book club', 'other', false, testNow],
    ])
    expect(plan.communityIdByName.get('pydata')).toBe(communityIdFor({}, 'pydata'))
  })
})
