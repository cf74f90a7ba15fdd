import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { showError } from './showError'

/** What an undoable notice says, and how to undo it. */
export type Undoable = {
  title: string
  message: string
  /** Puts things back; its failure is reported like any other. */
  undo: () => Promise<unknown>
  /** Said once the undo has worked. */
  undone: string
}

/** A notice of something done, with an "Undo" button that stays a little longer than usual. */
export const showUndoable = ({ title, message, undo, undone }: Undoable): void => {
  const id = notifications.show({
    title,
    autoClose: 8000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id)
            undo().then(
              () => notifications.show({ message: undone, autoClose: 3000 }),
              (error: unknown) => showError('Could not undo', error),
            )
          }}
        >
          Undo
        </Button>
      </Group>
    ),
  })
}
