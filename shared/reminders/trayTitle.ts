import { peopleToReachOutTo } from './peopleToReachOutTo'

/** The text beside the tray icon (macOS menu bar): the number of people due, nothing when none. */
export const trayTitle = (count: number): string => (count > 0 ? String(count) : '')

/** The tray icon's tooltip: "Rapport: 3 people to reach out to", or just "Rapport". */
export const trayTooltip = (count: number): string => (count > 0 ? `Rapport: ${peopleToReachOutTo(count)}` : 'Rapport')
