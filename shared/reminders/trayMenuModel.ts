import type { DueItem } from './dueItem'
import { peopleToReachOutTo } from './peopleToReachOutTo'

/** What a tray menu item does when clicked. */
export type TrayAction =
  | { type: 'logMessage'; contactId: string }
  | { type: 'snoozeWeek'; contactId: string }
  | { type: 'openContact'; contactId: string }
  | { type: 'openQueue' }
  | { type: 'openApp' }
  | { type: 'quit' }

/** One entry of the tray menu, as plain data: a line (with an action, or a submenu), or a separator. */
export type TrayMenuEntry =
  | { kind: 'item'; label: string; enabled: boolean; action: TrayAction | null }
  | { kind: 'submenu'; label: string; entries: TrayMenuEntry[] }
  | { kind: 'separator' }

const item = (label: string, action: TrayAction | null): TrayMenuEntry => ({
  kind: 'item',
  label,
  enabled: action !== null,
  action,
})
const separator: TrayMenuEntry = { kind: 'separator' }

/** A person's submenu: log a message, snooze a week (where snoozing is offered), open them. */
const personEntry = (due: DueItem, snooze: boolean): TrayMenuEntry => ({
  kind: 'submenu',
  label: due.reasons[0] ? `${due.name} — ${due.reasons[0]}` : due.name,
  entries: [
    item('Logged it', { type: 'logMessage', contactId: due.contactId }),
    ...(snooze ? [item('Snooze a week', { type: 'snoozeWeek', contactId: due.contactId })] : []),
    item('Open', { type: 'openContact', contactId: due.contactId }),
  ],
})

/**
 * The tray menu as plain data: a header ("3 people to reach out to"), the first `limit` people each with what can
 * be done for them, a line to the queue for the rest, then "Open Rapport" and "Quit". `snooze: false` leaves
 * "Snooze a week" out.
 */
export const trayMenuModel = (items: DueItem[], options: { limit: number; snooze?: boolean }): TrayMenuEntry[] => {
  const shown = items.slice(0, Math.max(0, options.limit))
  const rest = items.length - shown.length
  return [
    item(items.length === 0 ? 'No one to reach out to' : peopleToReachOutTo(items.length), null),
    ...(shown.length > 0 ? [separator, ...shown.map((due) => personEntry(due, options.snooze ?? true))] : []),
    ...(rest > 0 ? [item(`${rest} more in the queue…`, { type: 'openQueue' })] : []),
    separator,
    item('Open Rapport', { type: 'openApp' }),
    item('Quit Rapport', { type: 'quit' }),
  ]
}
