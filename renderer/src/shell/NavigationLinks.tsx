import { Badge, NavLink } from '@mantine/core'
import { availableSections, sections, type Section } from './sections'

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
