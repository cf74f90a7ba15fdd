import { useMemo } from 'react'
import type { QueueRow } from '../../../shared/api/habitResults'
import type { ContactId } from '../../../shared/domain'
import { showError } from '../feedback/showError'
import { showUndoable } from '../feedback/showUndoable'
import { formatDay } from '../format/timeAgo'
import { useMirror, useRapport } from '../workspace/WorkspaceProvider'

/** What a queue row can do in place: each change says what it did, with Undo. */
export type QueueActions = {
  snooze: (row: QueueRow, until: number) => Promise<void>
  dismiss: (row: QueueRow, until: number) => Promise<void>
  setCadence: (row: QueueRow, days: number | null) => Promise<void>
}

const cadenceWords = (days: number | null) => (days === null ? 'no cadence' : `every ${days} days`)

/** The queue's in-place actions, through the API, each answered by a notice with Undo. */
export const useQueueActions = (): QueueActions => {
  const client = useRapport()
  const mirror = useMirror()
  return useMemo<QueueActions>(() => {
    const contactOf = (id: ContactId) => mirror.contacts.get(id)
    return {
      async snooze(row, until) {
        const before = contactOf(row.contactId)?.snoozedUntil ?? null
        try {
          await client.call('contacts.snooze', { id: row.contactId, until })
        } catch (error) {
          return showError(`Could not snooze ${row.name}`, error)
        }
        showUndoable({
          title: `Snoozed ${row.name}`,
          message: `Hidden from the queue until ${formatDay(until)}.`,
          undo: () => client.call('contacts.snooze', { id: row.contactId, until: before }),
          undone: `${row.name} is back in the queue.`,
        })
      },
      async dismiss(row, until) {
        const before = contactOf(row.contactId)?.dismissedUntil ?? null
        try {
          await client.call('contacts.dismiss', { id: row.contactId, until })
        } catch (error) {
          return showError(`Could not dismiss ${row.name}`, error)
        }
        showUndoable({
          title: `Dismissed ${row.name}`,
          message: 'Back in the queue next week.',
          undo: () => client.call('contacts.dismiss', { id: row.contactId, until: before }),
          undone: `${row.name} is back in the queue.`,
        })
      },
      async setCadence(row, days) {
        const before = contactOf(row.contactId)?.cadenceDays ?? null
        try {
          await client.call('contacts.update', { id: row.contactId, fields: { cadenceDays: days } })
        } catch (error) {
          return showError(`Could not set the cadence of ${row.name}`, error)
        }
        showUndoable({
          title: `Cadence set for ${row.name}`,
          message: `Keep in touch ${cadenceWords(days)}.`,
          undo: () => client.call('contacts.update', { id: row.contactId, fields: { cadenceDays: before } }),
          undone: `The cadence of ${row.name} is back to ${cadenceWords(before)}.`,
        })
      },
    }
  }, [client, mirror])
}
