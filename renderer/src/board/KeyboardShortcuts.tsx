import { ActionIcon, Group, Kbd, Popover, Stack, Text, Tooltip } from '@mantine/core'
import type { ReactNode } from 'react'

const Joiner = ({ children = 'or' }: { children?: string }) => (
  <Text span size="xs" c="dimmed">
    {children}
  </Text>
)

const shortcuts: { keys: ReactNode; does: string }[] = [
  {
    keys: (
      <>
        <Kbd>↑</Kbd> <Kbd>↓</Kbd> <Kbd>←</Kbd> <Kbd>→</Kbd>
      </>
    ),
    does: 'Move between cards',
  },
  {
    keys: (
      <>
        <Kbd>Home</Kbd> <Kbd>End</Kbd>
      </>
    ),
    does: 'First or last card of the column',
  },
  { keys: <Kbd>Enter</Kbd>, does: 'Open the contact' },
  {
    keys: (
      <>
        <Kbd>Alt</Kbd> <Joiner>+</Joiner> <Kbd>→</Kbd> <Joiner /> <Kbd>]</Kbd>
      </>
    ),
    does: 'Move the card to the next stage',
  },
  {
    keys: (
      <>
        <Kbd>Alt</Kbd> <Joiner>+</Joiner> <Kbd>←</Kbd> <Joiner /> <Kbd>[</Kbd>
      </>
    ),
    does: 'Move the card to the previous stage',
  },
  { keys: <Kbd>Space</Kbd>, does: 'Pick up a card, arrows to carry it, Space to drop, Esc to cancel' },
  { keys: <Kbd>M</Kbd>, does: 'Merge the card with another contact' },
  {
    keys: (
      <>
        <Kbd>Shift</Kbd> <Joiner>+</Joiner> <Kbd>F10</Kbd> <Joiner>or right click</Joiner>
      </>
    ),
    does: "The card's menu",
  },
  {
    keys: (
      <>
        <Kbd>/</Kbd> <Joiner /> <Kbd>Ctrl/⌘</Kbd> <Joiner>+</Joiner> <Kbd>K</Kbd>
      </>
    ),
    does: 'Search contacts',
  },
]

/** The `?` button by the board that lists its keyboard shortcuts. */
export const KeyboardShortcuts = () => (
  <Popover position="bottom-end" shadow="md" width={380} withinPortal>
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
      <Stack gap={8}>
        {shortcuts.map(({ keys, does }) => (
          <Group key={does} justify="space-between" wrap="nowrap" gap="md" align="flex-start">
            <Text size="sm" c="dimmed">
              {does}
            </Text>
            <Group gap={4} wrap="nowrap" style={{ flex: 'none' }}>
              {keys}
            </Group>
          </Group>
        ))}
      </Stack>
    </Popover.Dropdown>
  </Popover>
)
