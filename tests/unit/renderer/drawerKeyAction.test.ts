import { describe, expect, it } from 'vitest'
import { drawerKeyAction, type DrawerKeyPress } from '../../../renderer/src/contact/habitRequest'
import { shortcutById } from '../../../renderer/src/keyboard/shortcuts'

const press = (key: string, more: Partial<DrawerKeyPress> = {}): DrawerKeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  target: { tagName: 'BUTTON', isContentEditable: false },
  ...more,
})

describe('drawerKeyAction', () => {
  it('snoozes on S and adds a reminder on R, in either case', () => {
    expect(drawerKeyAction(press('s'))).toBe('snooze')
    expect(drawerKeyAction(press('R'))).toBe('remind')
  })

  it('leaves the letters to a field being typed in', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT'])
      expect(drawerKeyAction(press('s', { target: { tagName, isContentEditable: false } }))).toBeNull()
    expect(drawerKeyAction(press('r', { target: { tagName: 'DIV', isContentEditable: true } }))).toBeNull()
  })

  it('leaves the letters alone with Ctrl, ⌘ or Alt, and ignores other keys', () => {
    expect(drawerKeyAction(press('s', { ctrlKey: true }))).toBeNull()
    expect(drawerKeyAction(press('r', { metaKey: true }))).toBeNull()
    expect(drawerKeyAction(press('s', { altKey: true }))).toBeNull()
    expect(drawerKeyAction(press('x'))).toBeNull()
  })

  it('is the key the shortcuts help lists for the drawer', () => {
    expect(shortcutById('drawer.snooze')).toMatchObject({ scope: 'Contact drawer', keys: [['S']] })
    expect(shortcutById('drawer.remind')).toMatchObject({ scope: 'Contact drawer', keys: [['R']] })
  })
})
