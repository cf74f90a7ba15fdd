import { Modal } from '@mantine/core'
import type { QueueRow } from '../../../shared/api/habitResults'
import type { Interaction } from '../../../shared/domain'
import { LogInteractionForm } from '../contact/timeline/LogInteractionForm'
import { showUndoable } from '../feedback/showUndoable'
import { interactionLabels } from '../contact/interactionKinds'
import { useRapport } from '../workspace/WorkspaceProvider'

/** The drawer's "Log interaction" form, over the queue, for one row; Undo deletes what it logged. */
export const LogModal = ({ row, onClose }: { row: QueueRow | null; onClose: () => void }) => {
  const client = useRapport()
  const logged = (interaction: Interaction) => {
    onClose()
    showUndoable({
      title: `Logged with ${row?.name ?? 'them'}`,
      message: `${interactionLabels[interaction.type]} recorded.`,
      undo: () => client.call('interactions.delete', { id: interaction.id, contactId: interaction.contactId }),
      undone: 'The interaction was removed.',
    })
  }
  return (
    <Modal opened={row !== null} onClose={onClose} title={row ? `Log an interaction with ${row.name}` : ''} size="xl">
      {row && <LogInteractionForm contactId={row.contactId} onLogged={logged} />}
    </Modal>
  )
}
