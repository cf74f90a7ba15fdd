import { ActionIcon, Menu } from '@mantine/core'
import { useState } from 'react'
import type { Stage } from '../../../shared/domain'
import { DotsIcon } from './icons'

type StageMenuProps = {
  stage: Stage
  canArchive: boolean
  onRename: () => void
  onRecolour: () => void
  onAdd: () => void
  onArchive: () => void
}

/** The actions on one stage, behind the ⋯ button of its column. */
export const StageMenu = ({ stage, canArchive, onRename, onRecolour, onAdd, onArchive }: StageMenuProps) => {
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
