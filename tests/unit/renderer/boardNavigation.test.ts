import { describe, expect, it } from 'vitest'
import { cardKeyAction, neighbourStage, nextCardPosition } from '../../../renderer/src/board/boardNavigation'

const press = (
  key: string,
  modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
})

describe('cardKeyAction', () => {
  it('moves focus with the arrows, Home and End', () => {
    expect(cardKeyAction(press('ArrowDown'))).toEqual({ type: 'focus', direction: 'down' })
    expect(cardKeyAction(press('ArrowLeft'))).toEqual({ type: 'focus', direction: 'left' })
    expect(cardKeyAction(press('Home'))).toEqual({ type: 'focus', direction: 'first' })
    expect(cardKeyAction(press('End'))).toEqual({ type: 'focus', direction: 'last' })
  })

  it('opens the card with Enter', () => {
    expect(cardKeyAction(press('Enter'))).toEqual({ type: 'open' })
  })

  it('moves the card a stage with Alt+arrows or brackets', () => {
    expect(cardKeyAction(press('ArrowRight', { altKey: true }))).toEqual({ type: 'move', step: 1 })
    expect(cardKeyAction(press('ArrowLeft', { altKey: true }))).toEqual({ type: 'move', step: -1 })
    expect(cardKeyAction(press(']'))).toEqual({ type: 'move', step: 1 })
    expect(cardKeyAction(press('['))).toEqual({ type: 'move', step: -1 })
  })

  it('opens the card menu with the menu key or Shift+F10, and starts a merge with M', () => {
    expect(cardKeyAction(press('ContextMenu'))).toEqual({ type: 'menu' })
    expect(cardKeyAction(press('F10', { shiftKey: true }))).toEqual({ type: 'menu' })
    expect(cardKeyAction(press('F10'))).toBeNull()
    expect(cardKeyAction(press('m'))).toEqual({ type: 'merge' })
    expect(cardKeyAction(press('m', { ctrlKey: true }))).toBeNull()
  })

  it('snoozes with S and adds a reminder with R, but leaves Ctrl+R (reload) and Shift+S alone', () => {
    expect(cardKeyAction(press('s'))).toEqual({ type: 'snooze' })
    expect(cardKeyAction(press('r'))).toEqual({ type: 'remind' })
    expect(cardKeyAction(press('r', { ctrlKey: true }))).toBeNull()
    expect(cardKeyAction(press('S', { shiftKey: true }))).toBeNull()
  })

  it('logs an interaction with L, but leaves Ctrl+L (the address bar) and Shift+L alone', () => {
    expect(cardKeyAction(press('l'))).toEqual({ type: 'log' })
    expect(cardKeyAction(press('l', { ctrlKey: true }))).toBeNull()
    expect(cardKeyAction(press('L', { shiftKey: true }))).toBeNull()
  })

  it('leaves other keys and browser shortcuts alone', () => {
    expect(cardKeyAction(press(' '))).toBeNull()
    expect(cardKeyAction(press('a'))).toBeNull()
    expect(cardKeyAction(press('ArrowLeft', { metaKey: true }))).toBeNull()
    expect(cardKeyAction(press('ArrowDown', { ctrlKey: true }))).toBeNull()
    expect(cardKeyAction(press('ArrowUp', { altKey: true }))).toBeNull()
    expect(cardKeyAction(press('Enter', { shiftKey: true }))).toBeNull()
  })
})

describe('nextCardPosition', () => {
  const lengths = [3, 0, 5, 1]

  it('moves up and down within a column, and stops at its ends', () => {
    expect(nextCardPosition(lengths, { column: 0, row: 1 }, 'down')).toEqual({ column: 0, row: 2 })
    expect(nextCardPosition(lengths, { column: 0, row: 1 }, 'up')).toEqual({ column: 0, row: 0 })
    expect(nextCardPosition(lengths, { column: 0, row: 2 }, 'down')).toBeNull()
    expect(nextCardPosition(lengths, { column: 0, row: 0 }, 'up')).toBeNull()
  })

  it('jumps to the first and last card', () => {
    expect(nextCardPosition(lengths, { column: 2, row: 2 }, 'first')).toEqual({ column: 2, row: 0 })
    expect(nextCardPosition(lengths, { column: 2, row: 2 }, 'last')).toEqual({ column: 2, row: 4 })
    expect(nextCardPosition(lengths, { column: 2, row: 4 }, 'last')).toBeNull()
  })

  it('goes left and right to the same row, skipping empty columns', () => {
    expect(nextCardPosition(lengths, { column: 0, row: 2 }, 'right')).toEqual({ column: 2, row: 2 })
    expect(nextCardPosition(lengths, { column: 2, row: 4 }, 'left')).toEqual({ column: 0, row: 2 })
  })

  it('lands on the row level with the card when the columns scroll apart', () => {
    const rowNear = (column: number) => (column === 2 ? 3 : 0)
    expect(nextCardPosition(lengths, { column: 0, row: 0 }, 'right', rowNear)).toEqual({ column: 2, row: 3 })
  })

  it('clamps to the last card of a shorter column', () => {
    expect(nextCardPosition(lengths, { column: 2, row: 4 }, 'right')).toEqual({ column: 3, row: 0 })
  })

  it('has nowhere to go past the first or last column', () => {
    expect(nextCardPosition(lengths, { column: 0, row: 0 }, 'left')).toBeNull()
    expect(nextCardPosition(lengths, { column: 3, row: 0 }, 'right')).toBeNull()
  })
})

describe('neighbourStage', () => {
  it('is the stage a step away, or null past either end', () => {
    expect(neighbourStage(5, 2, 1)).toBe(3)
    expect(neighbourStage(5, 2, -1)).toBe(1)
    expect(neighbourStage(5, 4, 1)).toBeNull()
    expect(neighbourStage(5, 0, -1)).toBeNull()
  })
})
