import { Button, Menu } from '@mantine/core'
import { cadenceChoices, cadenceDaysFor } from '../contact/cadence'

/** "Cadence": the keep-in-touch presets, the current one checked. */
export const CadenceMenu = ({
  name,
  current,
  onChoose,
}: {
  name: string
  current: number | null
  onChoose: (days: number | null) => void
}) => (
  <Menu position="bottom-end" withinPortal>
    <Menu.Target>
      <Button size="compact-sm" variant="subtle" aria-label={`Set the cadence of ${name}`}>
        Cadence
      </Button>
    </Menu.Target>
    <Menu.Dropdown>
      {cadenceChoices(current).map((c) => (
        <Menu.Item
          key={c.value}
          fw={cadenceDaysFor(c.value) === current ? 700 : undefined}
          onClick={() => onChoose(cadenceDaysFor(c.value))}
        >
          {c.label}
        </Menu.Item>
      ))}
    </Menu.Dropdown>
  </Menu>
)
