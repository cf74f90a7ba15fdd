import { Loader, Stack, Text, Timeline, ThemeIcon } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { ContactId, Interaction } from '../../../../shared/domain'
import { showError } from '../../feedback/showError'
import { useRapport } from '../../workspace/WorkspaceProvider'
import { interactionColours, interactionLabels } from '../interactionKinds'
import { newestFirst } from '../timeline'
import { InteractionIcon } from './InteractionIcon'
import { LogInteractionForm } from './LogInteractionForm'
import { TimelineEntry } from './TimelineEntry'

// Adds or replaces one entry: the reload that a new latest interaction causes may already hold it.
const withEntry = (current: Interaction[] | null, entry: Interaction): Interaction[] =>
  newestFirst([entry, ...(current ?? []).filter((e) => e.id !== entry.id)])

/**
 * The contact's timeline, newest first, with a compact form to log one more. Reloaded whenever
 * the contact's latest interaction changes, so entries logged on another device appear too.
 */
export const InteractionTimeline = ({
  contactId,
  lastInteractionAt,
}: {
  contactId: ContactId
  lastInteractionAt: number | null
}) => {
  const client = useRapport()
  const [entries, setEntries] = useState<Interaction[] | null>(null)
  useEffect(() => {
    let cancelled = false
    client.call('interactions.list', { contactId }).then(
      (list) => !cancelled && setEntries(newestFirst(list)),
      (error: unknown) => !cancelled && showError('Could not load the timeline', error),
    )
    return () => {
      cancelled = true
    }
  }, [client, contactId, lastInteractionAt])
  const now = Date.now()
  return (
    <Stack gap="md">
      <LogInteractionForm
        contactId={contactId}
        onLogged={(logged) => setEntries((current) => withEntry(current, logged))}
      />
      {entries === null && <Loader size="sm" aria-label="Loading the timeline" />}
      {entries?.length === 0 && (
        <Text size="sm" c="dimmed">
          Nothing logged yet. Log a message, a call or a coffee to start the story.
        </Text>
      )}
      {entries && entries.length > 0 && (
        <Timeline bulletSize={26} lineWidth={2} aria-label="Timeline">
          {entries.map((entry) => (
            <Timeline.Item
              key={entry.id}
              bullet={
                <ThemeIcon size={26} radius="xl" variant="light" color={interactionColours[entry.type]}>
                  <InteractionIcon type={entry.type} />
                </ThemeIcon>
              }
              title={interactionLabels[entry.type]}
            >
              <TimelineEntry
                entry={entry}
                now={now}
                onChanged={(changed) => setEntries((current) => withEntry(current, changed))}
                onRemoved={(removed) => setEntries((current) => (current ?? []).filter((e) => e.id !== removed.id))}
              />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  )
}
