import { describe, expect, it } from 'vitest'
import type { ContactId } from '../../../../shared/domain'
import { reviewedPairs } from '../../../../shared/merge/reviewedPairs'

const id = (v: string) => v as ContactId

describe('reviewedPairs', () => {
  it('pairs each likely duplicate with the contact created for its line', () => {
    const reviews = [{ line: 7, existingId: id('vault-ada'), reason: 'Same name as Ada Lovelace, different company' }]
    const creates = [{ line: 3 }, { line: 7 }]
    const created = [{ id: id('new-bob') }, { id: id('new-ada') }]
    expect(reviewedPairs(reviews, creates, created)).toEqual([
      { line: 7, existingId: 'vault-ada', createdId: 'new-ada', reason: reviews[0].reason },
    ])
  })

  it('leaves out a review whose line created nobody', () => {
    const reviews = [{ line: 9, existingId: id('vault-ada'), reason: 'Same name' }]
    expect(reviewedPairs(reviews, [{ line: 3 }], [{ id: id('new-bob') }])).toEqual([])
  })
})
