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
