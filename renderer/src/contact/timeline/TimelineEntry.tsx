import { Button, Group, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import type { Interaction } from '../../../../shared/domain'
import { showError } from '../../feedback/showError'
import { showUndoable } from '../../feedback/showUndoable'
import { formatDay, timeAgo } from '../../format/timeAgo'
import { useRapport } from '../../workspace/WorkspaceProvider'
import { interactionLabels } from '../interactionKinds'

/** One timeline entry: when, what was said and what came of it, with Edit and Delete (each with Undo). */
export const TimelineEntry = ({
  entry,
  now,
  onChanged,
  onRemoved,
}: {
  entry: Interaction
  now: number
  onChanged: (entry: Interaction) => void
  onRemoved: (entry: Interaction) => void
}) => {
  const client = useRapport()
  const [editing, setEditing] = useState<string | null>(null)
  const label = interactionLabels[entry.type]
  const ref = { id: entry.id, contactId: entry.contactId }
  const save = async (summary: string) => {
    try {
      onChanged(await client.call('interactions.update', { ...ref, fields: { summary } }))
      setEditing(null)
      showUndoable({
        title: `${label} edited`,
        message: 'The summary was saved.',
        undo: () => client.call('interactions.update', { ...ref, fields: { summary: entry.summary } }).then(onChanged),
        undone: 'The summary is as it was.',
      })
    } catch (error) {
      showError('Could not save the interaction', error)
    }
  }
  const remove = async () => {
    try {
      const deleted = await client.call('interactions.delete', ref)
      onRemoved(deleted)
      showUndoable({
        title: `${label} deleted`,
        message: `From ${formatDay(entry.occurredAt)}.`,
        undo: () => client.call('interactions.restore', { interaction: deleted }).then(onChanged),
        undone: 'The interaction is back on the timeline.',
      })
    } catch (error) {
      showError('Could not delete the interaction', error)
    }
  }
  return (
    <>
      <Group gap="xs" justify="space-between" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {formatDay(entry.occurredAt)} · {timeAgo(entry.occurredAt, now)}
        </Text>
        {editing === null && (
          <Group gap={2} wrap="nowrap">
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => setEditing(entry.summary)}
              aria-label={`Edit ${label}`}
            >
              Edit
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={() => void remove()}
              aria-label={`Delete ${label}`}
            >
              Delete
            </Button>
          </Group>
        )}
      </Group>
      {editing !== null ? (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            void save(editing)
          }}
        >
          <Group gap="xs" mt={4} wrap="nowrap">
            <TextInput
              aria-label="Edit the summary"
              value={editing}
              onChange={(e) => setEditing(e.currentTarget.value)}
              maxLength={2000}
              style={{ flex: 1 }}
              data-autofocus
            />
            <Button size="xs" type="submit">
              Save
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setEditing(null)}>
              Cancel
            </Button>
          </Group>
        </form>
      ) : (
        entry.summary && (
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
            {entry.summary}
          </Text>
        )
      )}
      {entry.outcome && (
        <Text size="sm" c="dimmed" mt={2}>
          Outcome: {entry.outcome}
        </Text>
      )}
    </>
  )
}
