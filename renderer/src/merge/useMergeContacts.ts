import { useCallback } from 'react'
import type { Contact, ContactId } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'
import { showError } from '../feedback/showError'
import { showUndoable } from '../feedback/showUndoable'
import { useRapport } from '../workspace/WorkspaceProvider'

/**
 * Merges two contacts and offers Undo (`contacts.unmerge`) in the notification. Answers the kept
 * contact once merged, or null when it failed (the failure is shown).
 */
export const useMergeContacts = (): ((keepId: ContactId, mergeId: ContactId) => Promise<Contact | null>) => {
  const client = useRapport()
  return useCallback(
    async (keepId, mergeId) => {
      try {
        const { contact, undoId } = await client.call('contacts.merge', { keepId, mergeId })
        const name = displayName(contact)
        showUndoable({
          title: 'Merged',
          message: `2 contacts merged into ${name}.`,
          undo: () => client.call('contacts.unmerge', { undoId }),
          undone: `The merge into ${name} is undone.`,
        })
        return contact
      } catch (error) {
        showError('Could not merge the contacts', error)
        return null
      }
    },
    [client],
  )
}
