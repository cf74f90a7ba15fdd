import { describe, expect, it } from 'vitest'
import { cardKeyAction } from '../../../renderer/src/board/boardNavigation'
import { rowKeyCommand } from '../../../renderer/src/contacts/rowKeyCommand'
import { devicesKeyDialog } from '../../../renderer/src/devices/devicesDialog'
import { shortcuts } from '../../../renderer/src/keyboard/shortcuts'

const press = (key: string) => ({ key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false })
const singleLetters = (scope: string) =>
  shortcuts
    .filter((s) => s.scope === scope)
    .flatMap((s) => s.keys)
    .filter((combo) => combo.length === 1 && /^[A-Z]$/.test(combo[0]))
    .map(([letter]) => letter.toLowerCase())

describe('shortcuts', () => {
  it('names each shortcut once', () => {
    expect(new Set(shortcuts.map((s) => s.id)).size).toBe(shortcuts.length)
  })

  it('lists only letter keys the board really answers', () => {
    expect(singleLetters('Board')).toEqual(['l', 's', 'r', 'm'])
    for (const letter of singleLetters('Board')) expect(cardKeyAction(press(letter))).not.toBeNull()
  })

  it('lists only letter keys the contacts list really answers', () => {
    for (const letter of singleLetters('Contacts list')) {
      expect(rowKeyCommand(letter, { shift: false, mod: false, alt: false })).not.toBeNull()
    }
  })

  it('lists exactly the letter keys the devices section answers', () => {
    expect(singleLetters('Devices')).toEqual(['a', 'j', 'c'])
    expect(singleLetters('Devices').map(devicesKeyDialog)).toEqual(['add', 'join', 'connect'])
    expect(devicesKeyDialog('x')).toBeNull()
  })

  it('binds every key that works anywhere', () => {
    for (const s of shortcuts.filter((s) => s.scope === 'Anywhere')) expect(s.hotkeys?.length).toBeGreaterThan(0)
  })
})
