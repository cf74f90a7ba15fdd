import { describe, expect, it } from 'vitest'
import { mapCaret, mergeText, spliceBetween } from '../../../../shared/text/mergeText'

describe('spliceBetween', () => {
  it('finds the one changed stretch', () => {
    expect(spliceBetween('hello world', 'hello brave world')).toEqual({ start: 6, end: 6, text: 'brave ' })
    expect(spliceBetween('aaa', 'aa')).toEqual({ start: 2, end: 3, text: '' })
    expect(spliceBetween('same', 'same')).toEqual({ start: 4, end: 4, text: '' })
  })
})

describe('mergeText', () => {
  const base = 'Met at the Rust meetup.'

  it('keeps both edits when they touch different places', () => {
    expect(mergeText(base, `${base} Likes coffee.`, `VIP. ${base}`)).toBe(`VIP. ${base} Likes coffee.`)
    expect(mergeText(base, `VIP. ${base}`, `${base} Likes coffee.`)).toBe(`VIP. ${base} Likes coffee.`)
  })

  it('takes whichever side changed when only one did', () => {
    expect(mergeText(base, base, 'theirs')).toBe('theirs')
    expect(mergeText(base, 'mine', base)).toBe('mine')
    expect(mergeText(base, 'same', 'same')).toBe('same')
  })

  it('lets my edit win when both changed the same words', () => {
    expect(mergeText('the cat', 'the dog', 'the cow')).toBe('the dog')
  })

  it('keeps two insertions at the same spot, mine first', () => {
    expect(mergeText('ab', 'aXb', 'aYb')).toBe('aXYb')
  })
})

describe('mapCaret', () => {
  it('moves the caret along with text inserted before it, and not with text after it', () => {
    expect(mapCaret('hello world', 'VIP. hello world', 11)).toBe(16)
    expect(mapCaret('hello world', 'hello world!', 5)).toBe(5)
  })
})
