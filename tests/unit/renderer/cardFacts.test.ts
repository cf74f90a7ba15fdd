import { describe, expect, it } from 'vitest'
import { cardSubtitle, isOverdue, lastTouchLabel, visibleTags } from '../../../renderer/src/board/cardFacts'
import { makeContact, testNow } from '../../helpers/factories'

const day = 86_400_000

describe('cardSubtitle', () => {
  it('says position at company, or whichever is known', () => {
    expect(cardSubtitle({ position: 'CTO', company: 'Acme' })).toBe('CTO at Acme')
    expect(cardSubtitle({ position: 'CTO', company: '' })).toBe('CTO')
    expect(cardSubtitle({ position: '', company: 'Acme' })).toBe('Acme')
    expect(cardSubtitle({ position: '', company: '' })).toBe('')
  })
})

describe('visibleTags', () => {
  it('shows up to three tags and counts the rest', () => {
    expect(visibleTags(['a', 'b'])).toEqual({ shown: ['a', 'b'], more: 0 })
    expect(visibleTags(['a', 'b', 'c', 'd', 'e'])).toEqual({ shown: ['a', 'b', 'c'], more: 2 })
  })
})

describe('lastTouchLabel', () => {
  it('says how long ago the last interaction was', () => {
    expect(lastTouchLabel({ lastInteractionAt: testNow - 3 * day }, testNow)).toBe('3 days ago')
    expect(lastTouchLabel({ lastInteractionAt: testNow - 40 * day }, testNow)).toBe('a month ago')
  })

  it('says when there is none', () => {
    expect(lastTouchLabel({ lastInteractionAt: null }, testNow)).toBe('No interactions yet')
  })
})

describe('isOverdue', () => {
  it('is true once the cadence has passed since the last touch', () => {
    const contact = makeContact({ cadenceDays: 30, lastInteractionAt: testNow - 31 * day })
    expect(isOverdue(contact, testNow)).toBe(true)
    expect(isOverdue({ ...contact, lastInteractionAt: testNow - 29 * day }, testNow)).toBe(false)
  })

  it('measures from connecting or creation when nothing was logged', () => {
    const contact = makeContact({ cadenceDays: 14, lastInteractionAt: null, createdAt: testNow - 20 * day })
    expect(isOverdue(contact, testNow)).toBe(true)
  })

  it('is never true without a cadence', () => {
    expect(isOverdue(makeContact({ cadenceDays: null, lastInteractionAt: 0 }), testNow)).toBe(false)
  })
})
