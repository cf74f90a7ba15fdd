import { describe, expect, it, vi } from 'vitest'
import type { QueueRow } from '../../../shared/api/habitResults'
import { shortcuts } from '../../../renderer/src/keyboard/shortcuts'
import { queueHotkeys, type QueueKeyActions } from '../../../renderer/src/week/queueHotkeys'

const rows = [{ contactId: 'ada' }, { contactId: 'grace' }] as QueueRow[]
const setup = (page = { dialogOpen: () => false, onControl: () => false }, selected = 1) => {
  const actions = {
    count: rows.length,
    selected,
    select: vi.fn(),
    log: vi.fn(),
    snooze: vi.fn(),
    cadence: vi.fn(),
    open: vi.fn(),
    dismiss: vi.fn(),
    rowAt: (i: number) => rows[i],
  } satisfies QueueKeyActions
  const bindings = new Map(queueHotkeys(actions, page))
  const press = (key: string) => bindings.get(key)?.()
  return { actions, bindings, press }
}

describe('This week’s keys', () => {
  it('binds exactly the keys the help lists for This week', () => {
    const listed = shortcuts.filter((s) => s.scope === 'This week').flatMap((s) => s.hotkeys ?? [])

    expect([...setup().bindings.keys()].sort()).toEqual([...listed].sort())
    expect(listed).toEqual(expect.arrayContaining(['l', 's', 'c', 'o', 'd', 'j', 'k']))
  })

  it('opens the cadence menu of the selected row with c, and acts on that row with the other letters', () => {
    const { actions, press } = setup()

    press('c')
    press('l')
    press('d')

    expect(actions.cadence).toHaveBeenCalledWith(rows[1])
    expect(actions.log).toHaveBeenCalledWith(rows[1])
    expect(actions.dismiss).toHaveBeenCalledWith(rows[1])
  })

  it('moves the selection with j and k, staying within the list', () => {
    const { actions, press } = setup()

    press('j')
    press('k')

    expect(actions.select.mock.calls).toEqual([[1], [0]])
  })

  it('leaves the keys to an open dialog or menu, and Enter to a focused button', () => {
    const inDialog = setup({ dialogOpen: () => true, onControl: () => false })
    const onButton = setup({ dialogOpen: () => false, onControl: () => true })

    inDialog.press('c')
    inDialog.press('j')
    onButton.press('Enter')
    onButton.press('o')

    expect(inDialog.actions.cadence).not.toHaveBeenCalled()
    expect(inDialog.actions.select).not.toHaveBeenCalled()
    expect(onButton.actions.open).toHaveBeenCalledTimes(1)
  })
})
