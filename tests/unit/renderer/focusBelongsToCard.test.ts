import { describe, expect, it } from 'vitest'
import { focusBelongsToCard } from '../../../renderer/src/board/focusBelongsToCard'

const body = { getAttribute: () => null }
const element = (contactId: string | null) => ({
  getAttribute: (name: string) => (name === 'data-contact-id' ? contactId : null),
})

describe('focusBelongsToCard', () => {
  it('gives focus back to a card that still had it when its move was refused', () => {
    expect(focusBelongsToCard(element('ada'), body, 'ada')).toBe(true)
  })

  it('gives focus back to a card when focus was lost with it', () => {
    expect(focusBelongsToCard(body, body, 'ada')).toBe(true)
    expect(focusBelongsToCard(null, body, 'ada')).toBe(true)
  })

  it('leaves focus that the user has put on another card or control', () => {
    expect(focusBelongsToCard(element('grace'), body, 'ada')).toBe(false)
    expect(focusBelongsToCard(element(null), body, 'ada')).toBe(false)
  })
})
