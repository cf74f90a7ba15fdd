import { describe, expect, it } from 'vitest'
import { withKnownCommunities } from '../../../../shared/communities/withKnownCommunities'
import { makeContact } from '../../../helpers/factories'

describe('a contact brought back with only the communities the vault has', () => {
  it('drops the ids of communities that are gone and keeps the others in order', () => {
    const contact = makeContact({ communities: ['rust', 'gone', 'maths'] })

    expect(withKnownCommunities(contact, new Set(['maths', 'rust'])).communities).toEqual(['rust', 'maths'])
  })

  it('is the same contact when every community is known', () => {
    const contact = makeContact({ communities: ['rust'] })

    expect(withKnownCommunities(contact, new Set(['rust']))).toBe(contact)
  })
})
