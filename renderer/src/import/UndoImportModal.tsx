import { Button, Group, Modal, Stack, Text } from '@mantine/core'

type UndoImportModalProps = { opened: boolean; busy: boolean; onConfirm: () => void; onClose: () => void }

/** Asks before undoing an import, saying what undo does and does not touch. */
export const UndoImportModal = ({ opened, busy, onConfirm, onClose }: UndoImportModalProps) => (
  <Modal opened={opened} onClose={onClose} title="Undo this import?" centered>
    <Stack gap="md">
      <Text size="sm">
        The contacts it created are removed, and the contacts it updated get back their previous company, position,
        emails and phones. Anything you changed since on those fields is kept.
      </Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          Keep the import
        </Button>
        <Button color="red" onClick={onConfirm} loading={busy}>
          Undo import
        </Button>
      </Group>
    </Stack>
  </Modal>
)
