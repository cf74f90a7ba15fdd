import { ActionIcon, Popover, Text, Tooltip } from '@mantine/core'
import { ShortcutTable } from '../keyboard/ShortcutsHelp'
import { shortcuts } from '../keyboard/shortcuts'

const boardKeys = shortcuts.filter((s) => s.scope === 'Board' || s.scope === 'Anywhere')

/** The `?` button by the board that lists its keyboard shortcuts (the `?` key lists every key of the app). */
export const KeyboardShortcuts = () => (
  <Popover position="bottom-end" shadow="md" width={440} withinPortal>
    <Popover.Target>
      <Tooltip label="Keyboard shortcuts" openDelay={300}>
        <ActionIcon variant="default" size="md" radius="xl" aria-label="Keyboard shortcuts">
          ?
        </ActionIcon>
      </Tooltip>
    </Popover.Target>
    <Popover.Dropdown>
      <Text fw={600} size="sm" mb="xs">
        Keyboard shortcuts
      </Text>
      <ShortcutTable list={boardKeys} />
    </Popover.Dropdown>
  </Popover>
)
