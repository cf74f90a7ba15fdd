import { Badge, NavLink } from '@mantine/core'

/** The app's sections, in the navbar's order. */
export const sections = [
  'Board',
  'Contacts',
  'This week',
  'Goals',
  'Insights',
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
  'Import',
  'Settings',
])

/** The navbar's links. */
export const NavigationLinks = ({ active, onChoose }: { active: Section; onChoose: (section: Section) => void }) => (
  <nav aria-label="Sections">
    {sections.map((section) => (
      <NavLink
        key={section}
        component="button"
        label={section}
        active={section === active}
        onClick={() => onChoose(section)}
        aria-current={section === active ? 'page' : undefined}
        rightSection={
          availableSections.has(section) ? undefined : (
            <Badge size="xs" variant="light" color="gray">
              soon
            </Badge>
          )
        }
      />
    ))}
  </nav>
)
