import { notifications } from '@mantine/notifications'
import { useMemo } from 'react'
import type { RapportClient } from '../../../shared/api/client'
import type { ContactId, Stage } from '../../../shared/domain'
import { showError } from '../feedback/showError'
import { showUndoable } from '../feedback/showUndoable'
import { useMergeContacts } from '../merge/useMergeContacts'
import { useMirror } from '../workspace/WorkspaceProvider'
import type { BulkActions } from './BulkActionBar'
import { cadenceGroups } from './cadenceGroups'
import type { Selection } from './selection'

const contactsCount = (n: number): string => `${n.toLocaleString()} ${n === 1 ? 'contact' : 'contacts'}`

const cadenceWords = (days: number | null): string => (days === null ? 'no cadence' : `a cadence of ${days} days`)

/**
 * The bulk commands on the selected contacts, each reported in a notification (archive, cadence and merge with
 * Undo).
 */
export const useBulkActions = (
  client: RapportClient,
  selected: Selection,
  stages: Stage[],
  clear: () => void,
): BulkActions => {
  const merge = useMergeContacts()
  const mirror = useMirror()
  return useMemo(() => {
    const ids = () => [...selected] as ContactId[]
    return {
      moveTo: async (stageId) => {
        const stage = stages.find((s) => s.id === stageId)
        try {
          const { changed } = await client.call('contacts.moveMany', { ids: ids(), stageId })
          notifications.show({ message: `Moved ${contactsCount(changed)} to ${stage?.name ?? 'the stage'}.` })
        } catch (error) {
          showError('Could not move the contacts', error)
        }
      },
      addTags: async (add) => {
        try {
          const { changed } = await client.call('contacts.retagMany', { ids: ids(), add, remove: [] })
          notifications.show({ message: `Tagged ${contactsCount(changed)} with ${add.join(', ')}.` })
        } catch (error) {
          showError('Could not tag the contacts', error)
        }
      },
      setCadence: async (cadenceDays) => {
        const changing = ids()
        const before = cadenceGroups(changing, (id) => mirror.contacts.get(id)?.cadenceDays ?? null)
        try {
          const { changed } = await client.call('contacts.setCadenceMany', { ids: changing, cadenceDays })
          showUndoable({
            title: 'Cadence set',
            message: `${contactsCount(changed)} now ${changed === 1 ? 'has' : 'have'} ${cadenceWords(cadenceDays)}.`,
            undo: async () => {
              for (const group of before) await client.call('contacts.setCadenceMany', group)
            },
            undone: `${contactsCount(changing.length)} back to the cadence they had.`,
          })
        } catch (error) {
          showError('Could not set the cadence', error)
        }
      },
      archive: async () => {
        const archiving = ids()
        try {
          const { changed } = await client.call('contacts.archiveMany', { ids: archiving, archived: true })
          clear()
          showUndoable({
            title: 'Archived',
            message: `${contactsCount(changed)} archived.`,
            undo: () => client.call('contacts.archiveMany', { ids: archiving, archived: false }),
            undone: `${contactsCount(changed)} back from the archive.`,
          })
        } catch (error) {
          showError('Could not archive the contacts', error)
        }
      },
      merge: async (keepId, mergeId) => {
        const kept = await merge(keepId, mergeId)
        if (kept) clear()
        return kept !== null
      },
      clear,
    }
  }, [client, selected, stages, clear, merge, mirror])
}
