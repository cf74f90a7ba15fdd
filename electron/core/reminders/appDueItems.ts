import type { DueItemsSource } from '../startRapport'

/**
 * Who the desktop app and `rapport serve` name in the digest, the reminders and the tray. It names no one: the
 * ranking of who is due plugs in here, as a function of the running core.
 */
export const appDueItems: DueItemsSource = () => () => []
