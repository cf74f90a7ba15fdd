/** The app's sections, in the navbar's order. */
export const sections = [
  'Board',
  'Contacts',
  'This week',
  'Goals',
  'Insights',
  'Communities',
  'Import',
  'Devices',
  'Settings',
] as const

/** One section of the app. */
export type Section = (typeof sections)[number]

/** The sections that exist today; the others say honestly that they are coming. */
export const availableSections: ReadonlySet<Section> = new Set<Section>([
  'Board',
  'Contacts',
  'This week',
  'Goals',
  'Insights',
  'Communities',
  'Import',
  'Settings',
])
