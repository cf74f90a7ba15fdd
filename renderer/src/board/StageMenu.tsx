import { ActionIcon, Menu } from '@mantine/core'
import { useState } from 'react'
import type { Stage } from '../../../shared/domain'
import { cadenceChoices, cadenceDaysFor, cadenceValue } from '../contact/cadence'
import { DotsIcon } from './icons'

type StageMenuProps = {
  stage: Stage
  canArchive: boolean
  onRename: () => void
  onRecolour: () => void
  onAdd: () => void
  onArchive: () => void
  onSetCadence: (cadenceDays: number | null) => void
}

/** The actions on one stage, behind the ⋯ button of its column. */
export const StageMenu = (props: StageMenuProps) => {
  const { stage, canArchive, onRename, onRecolour, onAdd, onArchive, onSetCadence } = props
  // Every item moves focus on (a field, a picker, the drawer, a dialog): the menu must not pull it
  // back to its button as it closes. Escape or a click outside still returns it.
  const [returnFocus, setReturnFocus] = useState(true)
  const choose = (action: () => void) => () => {
    setReturnFocus(false)
    action()
  }
  return (
    <Menu
      position="bottom-end"
      shadow="md"
      width={200}
      withinPortal
      returnFocus={returnFocus}
      onOpen={() => setReturnFocus(true)}
    >
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Stage actions: ${stage.name}`}>
          <DotsIcon size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={choose(onAdd)}>Add a card here</Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={choose(onRename)}>Rename</Menu.Item>
        <Menu.Item onClick={choose(onRecolour)}>Change colour</Menu.Item>
        <Menu.Sub>
          <Menu.Sub.Target>
            <Menu.Sub.Item>Default cadence</Menu.Sub.Item>
          </Menu.Sub.Target>
          <Menu.Sub.Dropdown aria-label={`Default cadence of ${stage.name}`}>
            {cadenceChoices(stage.cadenceDays).map((choice) => (
              <Menu.Item
                key={choice.value}
                onClick={() => onSetCadence(cadenceDaysFor(choice.value))}
                rightSection={choice.value === cadenceValue(stage.cadenceDays) ? '✓' : undefined}
              >
                {choice.label}
              </Menu.Item>
            ))}
          </Menu.Sub.Dropdown>
        </Menu.Sub>
        <Menu.Divider />
        <Menu.Item
          color="red"
          onClick={choose(onArchive)}
          disabled={!canArchive}
          title={canArchive ? undefined : 'The last stage cannot be archived'}
        >
          Archive stage
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
