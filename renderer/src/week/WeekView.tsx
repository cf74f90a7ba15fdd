import { Alert, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useEffect, useMemo, useState } from 'react'
import type { QueueRow } from '../../../shared/api/habitResults'
import { weekSections } from '../../../shared/selectors/weekSections'
import { useContactDrawer } from '../contact/ContactDrawerProvider'
import { localeWeekStart } from '../workspace/localeWeekStart'
import { useLiveQuery } from '../workspace/useLiveQuery'
import { useMirror } from '../workspace/WorkspaceProvider'
import { GoalStrip } from './GoalStrip'
import { LogModal } from './LogModal'
import { QueueRowItem } from './QueueRowItem'
import { morningAfter } from './snoozeChoices'
import { useQueueActions } from './useQueueActions'
import { useQueueKeys } from './useQueueKeys'
import classes from './WeekView.module.css'

/** "This week": how the goals are going, then who to reach out to, the ones the goals need first, and why. */
export const WeekView = ({ onGoToGoals }: { onGoToGoals?: () => void }) => {
  const weekStart = useMemo(() => localeWeekStart(), [])
  const queue = useLiveQuery('queue.list', { weekStart })
  const goals = useLiveQuery('goals.progress', { weekStart, periods: 1 })
  const mirror = useMirror()
  const { openContact } = useContactDrawer()
  const actions = useQueueActions()
  const [selected, setSelected] = useState(0)
  const [logging, setLogging] = useState<QueueRow | null>(null)
  const sections = useMemo(
    () => weekSections({ top: queue.data?.top ?? [], rest: queue.data?.rest ?? [] }, goals.data ?? []),
    [queue.data, goals.data],
  )
  const top = sections.top
  const rows = useMemo(() => [...sections.top, ...sections.rest], [sections])
  const weekEnd = queue.data?.weekEnd ?? morningAfter(Date.now(), 7)
  useEffect(() => setSelected((s) => Math.min(s, Math.max(0, rows.length - 1))), [rows.length])
  const selectByKey = (index: number) => {
    setSelected(index)
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-queue-index="${index}"] [role="listitem"]`)?.focus(),
    )
  }

  const open = (row: QueueRow) => openContact(row.contactId)
  const dismiss = (row: QueueRow) => void actions.dismiss(row, weekEnd)
  const snooze = (row: QueueRow, until: number) => void actions.snooze(row, until)
  const cadence = (row: QueueRow, days: number | null) => void actions.setCadence(row, days)
  useQueueKeys({
    count: rows.length,
    selected,
    select: selectByKey,
    rowAt: (i) => rows[i],
    log: setLogging,
    snooze: (row) => snooze(row, morningAfter(Date.now(), 7)),
    cadence: () =>
      document
        .querySelector<HTMLElement>(`[data-queue-index="${selected}"] button[aria-label^="Set the cadence of"]`)
        ?.click(),
    open,
    dismiss,
  })

  const item = (row: QueueRow, index: number) => (
    <div key={row.contactId} data-queue-index={index}>
      <QueueRowItem
        row={row}
        index={index}
        stage={mirror.stages.find((s) => s.id === row.stageId)}
        cadenceDays={mirror.contacts.get(row.contactId)?.cadenceDays ?? null}
        selected={index === selected}
        onSelect={setSelected}
        onLog={setLogging}
        onOpen={open}
        onSnooze={snooze}
        onDismiss={dismiss}
        onCadence={cadence}
      />
    </div>
  )

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between">
        <Title order={2}>This week</Title>
        {queue.data && <Badge variant="light">{queue.data.dueCount} due</Badge>}
      </Group>
      <GoalStrip goals={goals.data ?? []} onGoToGoals={onGoToGoals} />
      {queue.data?.withoutGoals && (
        <Group gap="xs" c="dimmed">
          <Loader size="xs" />
          <Text size="sm">Loading your history: goals join the list once it is in.</Text>
        </Group>
      )}
      {queue.error && (
        <Alert color="red" title="Could not work out this week’s list">
          {queue.error}
        </Alert>
      )}
      {!queue.data && !queue.error && <Loader aria-label="Loading this week" />}
      {queue.data && rows.length === 0 && <Text c="dimmed">Nobody is due this week. Well kept!</Text>}
      {top.length > 0 && (
        <section aria-label="First this week" className={classes.top}>
          <Text size="sm" fw={600} mb="xs">
            {sections.heading}
          </Text>
          <Stack gap={6} role="list">
            {top.map((row, i) => item(row, i))}
          </Stack>
        </section>
      )}
      {rows.length > top.length && (
        <section aria-label="Also due">
          {top.length > 0 && (
            <Text size="sm" fw={600} mb="xs">
              Also due
            </Text>
          )}
          <Stack gap={6} role="list">
            {rows.slice(top.length).map((row, i) => item(row, top.length + i))}
          </Stack>
        </section>
      )}
      <Text size="xs" c="dimmed">
        Keys: j/k or arrows to move · l log · s snooze a week · c cadence · o or Enter open · d dismiss · ? all keys
      </Text>
      <LogModal row={logging} onClose={() => setLogging(null)} />
    </Stack>
  )
}
