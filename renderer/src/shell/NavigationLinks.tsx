import { NavLink } from '@mantine/core'
import { sections, type Section } from './sections'

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
      />
    ))}
  </nav>
)
