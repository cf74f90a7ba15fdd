import { NavLink } from '@mantine/core'

/** The app's sections, in the navbar's order. Only the board exists so far. */
export const sections = ['Board', 'Contacts', 'This week', 'Goals', 'Import', 'Devices', 'Settings'] as const

/** One section of the app. */
export type Section = (typeof sections)[number]

/** The navbar's links; sections still to come are shown but cannot be chosen yet. */
export const NavigationLinks = ({ active }: { active: Section }) => (
  <nav aria-label="Sections">
    {sections.map((section) => (
      <NavLink
        key={section}
        label={section}
        active={section === active}
        disabled={section !== 'Board'}
        aria-current={section === active ? 'page' : undefined}
      />
    ))}
  </nav>
)
