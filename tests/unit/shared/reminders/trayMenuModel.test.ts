import { describe, expect, it } from 'vitest'
import type { DueItem } from '../../../../shared/reminders/dueItem'
import { trayMenuModel, type TrayMenuEntry } from '../../../../shared/reminders/trayMenuModel'
import { trayTitle, trayTooltip } from '../../../../shared/reminders/trayTitle'

const due = (name: string, reasons: string[] = []): DueItem => ({
  contactId: `c-${name.toLowerCase()}`,
  name,
  reasons,
  kind: 'cadence',
})
const labels = (entries: TrayMenuEntry[]) => entries.map((e) => (e.kind === 'separator' ? '---' : e.label))

describe('the tray menu', () => {
  it('heads with how many people are due, then lists them, then opens and quits', () => {
    const menu = trayMenuModel([due('Ada', ['no contact in 6 weeks']), due('Alan'), due('Grace')], { limit: 5 })
    expect(labels(menu)).toEqual([
      '3 people to reach out to',
      '---',
      'Ada — no contact in 6 weeks',
      'Alan',
      'Grace',
      '---',
      'Open Rapport',
      'Quit Rapport',
    ])
    expect(menu[0]).toMatchObject({ enabled: false, action: null })
  })

  it('gives each person “Logged it”, “Snooze a week” and “Open”', () => {
    const [, , ada] = trayMenuModel([due('Ada')], { limit: 5 })
    expect(ada).toEqual({
      kind: 'submenu',
      label: 'Ada',
      entries: [
        { kind: 'item', label: 'Logged it', enabled: true, action: { type: 'logMessage', contactId: 'c-ada' } },
        { kind: 'item', label: 'Snooze a week', enabled: true, action: { type: 'snoozeWeek', contactId: 'c-ada' } },
        { kind: 'item', label: 'Open', enabled: true, action: { type: 'openContact', contactId: 'c-ada' } },
      ],
    })
  })

  it('leaves snoozing out where it is not offered', () => {
    const [, , ada] = trayMenuModel([due('Ada')], { limit: 5, snooze: false })
    expect(ada.kind === 'submenu' && labels(ada.entries)).toEqual(['Logged it', 'Open'])
  })

  it('shows only the first people, and leads to the queue for the rest', () => {
    const menu = trayMenuModel([due('Ada'), due('Alan'), due('Grace'), due('Linus')], { limit: 2 })
    expect(labels(menu).slice(2, 5)).toEqual(['Ada', 'Alan', '2 more in the queue…'])
    expect(menu[4]).toMatchObject({ action: { type: 'openQueue' } })
  })

  it('says when no one is due, with no list', () => {
    expect(labels(trayMenuModel([], { limit: 5 }))).toEqual([
      'No one to reach out to',
      '---',
      'Open Rapport',
      'Quit Rapport',
    ])
  })

  it('titles the icon with the count, and its tooltip in words', () => {
    expect(trayTitle(3)).toBe('3')
    expect(trayTitle(0)).toBe('')
    expect(trayTooltip(1)).toBe('Rapport: 1 person to reach out to')
    expect(trayTooltip(0)).toBe('Rapport')
  })
})
