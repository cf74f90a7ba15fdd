import { describe, expect, it } from 'vitest'
import {
  pruneSelection,
  selectRange,
  shownSelectionState,
  toggleAllShown,
  toggleId,
} from '../../../renderer/src/contacts/selection'

const shown = ['a', 'b', 'c', 'd', 'e']
const sorted = (s: ReadonlySet<string>) => [...s].sort()

describe('toggleId', () => {
  it('adds an id that was not selected and removes one that was, without changing the original', () => {
    const before = new Set(['a'])
    expect(sorted(toggleId(before, 'b'))).toEqual(['a', 'b'])
    expect(sorted(toggleId(before, 'a'))).toEqual([])
    expect(sorted(before)).toEqual(['a'])
  })
})

describe('selectRange', () => {
  it('selects every row from the anchor to the target, either way round', () => {
    expect(sorted(selectRange(new Set(['b']), shown, 'b', 'd'))).toEqual(['b', 'c', 'd'])
    expect(sorted(selectRange(new Set(['d']), shown, 'd', 'b'))).toEqual(['b', 'c', 'd'])
  })

  it('clears the range when the target was selected (the range takes the state the target switches to)', () => {
    expect(sorted(selectRange(new Set(shown), shown, 'b', 'd'))).toEqual(['a', 'e'])
  })

  it('only flips the target when the anchor is gone or there is none', () => {
    expect(sorted(selectRange(new Set(), shown, null, 'c'))).toEqual(['c'])
    expect(sorted(selectRange(new Set(), shown, 'vanished', 'c'))).toEqual(['c'])
  })

  it('leaves the selection alone when the target is not shown', () => {
    const before = new Set(['a'])
    expect(selectRange(before, shown, 'a', 'zz')).toBe(before)
  })
})

describe('the header checkbox', () => {
  it('says none, some or all of the rows shown', () => {
    expect(shownSelectionState(new Set(), shown)).toBe('none')
    expect(shownSelectionState(new Set(['x']), shown)).toBe('none')
    expect(shownSelectionState(new Set(['a']), shown)).toBe('some')
    expect(shownSelectionState(new Set(shown), shown)).toBe('all')
    expect(shownSelectionState(new Set(), [])).toBe('none')
  })

  it('selects all shown, or clears when all were selected', () => {
    expect(sorted(toggleAllShown(new Set(['a']), shown))).toEqual(shown)
    expect(sorted(toggleAllShown(new Set(shown), shown))).toEqual([])
  })
})

describe('pruneSelection', () => {
  it('drops ids no longer shown', () => {
    expect(sorted(pruneSelection(new Set(['a', 'gone']), new Set(shown)))).toEqual(['a'])
  })

  it('returns the same set when nothing vanished, so nothing redraws', () => {
    const before = new Set(['a', 'b'])
    expect(pruneSelection(before, new Set(shown))).toBe(before)
  })
})
