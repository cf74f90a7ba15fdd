import { Button, Group, Modal, Text } from '@mantine/core'
import { useState } from 'react'
import type { Contact } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'
import { showError } from '../feedback/showError'
import { useBusyAction } from '../feedback/useBusyAction'
import { showUndoable } from '../feedback/showUndoable'
import { useMergeFlow } from '../merge/MergeFlowProvider'
import { useRapport } from '../workspace/WorkspaceProvider'
import { useContactDrawer } from './ContactDrawerProvider'

/**
 * The drawer's footer for a contact: archive (or bring back), merge with another contact, and delete
 * after a confirmation; all undoable.
 */
export const ContactActions = ({
  contact,
  onDone,
  onConfirming,
}: {
  contact: Contact
  onDone: () => void
  onConfirming: (open: boolean) => void
}) => {
  const client = useRapport()
  const { mergeWith } = useMergeFlow()
  const { openContact } = useContactDrawer()
  const [confirming, setConfirming] = useState(false)
  const { busy, run } = useBusyAction()
  const name = displayName(contact) || 'This contact'
  const confirm = (open: boolean) => {
    setConfirming(open)
    onConfirming(open)
  }

  const archive = async (archived: boolean) => {
    try {
      await client.call('contacts.archive', { id: contact.id, archived })
      if (!archived) return
      onDone()
      showUndoable({
        title: 'Archived',
        message: `${name} is archived.`,
        undo: () => client.call('contacts.archive', { id: contact.id, archived: false }),
        undone: `${name} is back from the archive.`,
      })
    } catch (error) {
      showError(archived ? 'Could not archive' : 'Could not bring back', error)
    }
  }

  const remove = () =>
    run('Could not delete', async () => {
      const deleted = await client.call('contacts.delete', { id: contact.id })
      confirm(false)
      onDone()
      showUndoable({
        title: 'Deleted',
        message: `${name} is deleted.`,
        undo: () => client.call('contacts.restore', { contact: deleted }),
        undone: `${name} is restored.`,
      })
    })

  return (
    <Group justify="space-between">
      <Button variant="default" onClick={() => void archive(!contact.archived)}>
        {contact.archived ? 'Unarchive' : 'Archive'}
      </Button>
      <Button
        variant="default"
        onClick={() => {
          // The drawer closes while the merge dialogs are open, and opens again on the kept contact.
          onDone()
          mergeWith(contact, (kept) => openContact(kept.id))
        }}
      >
        Merge with…
      </Button>
      <Button variant="subtle" color="red" onClick={() => confirm(true)}>
        Delete
      </Button>
      <Modal opened={confirming} onClose={() => confirm(false)} title={`Delete ${name}?`} centered size="sm">
        <Text size="sm">
          {name} and their notes disappear from this device and every paired one. You can undo right after.
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => confirm(false)}>
            Cancel
          </Button>
          <Button color="red" loading={busy} onClick={() => void remove()} data-autofocus>
            Delete contact
          </Button>
        </Group>
      </Modal>
    </Group>
  )
}
