import { Alert, Button, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core'
import { useMemo, useState } from 'react'
import type { GoalProgressRow } from '../../../shared/api/habitResults'
import { localeWeekStart } from '../workspace/localeWeekStart'
import { useLiveQuery } from '../workspace/useLiveQuery'
import { useMirror } from '../workspace/WorkspaceProvider'
import { GoalCard } from './GoalCard'
import { emptyGoalDraft, GoalForm, type GoalDraft } from './GoalForm'
import { useGoalCommands } from './useGoalCommands'
import { WeekStartSetting } from './WeekStartSetting'

const historyPeriods = 12

const draftOf = ({ goal }: GoalProgressRow): GoalDraft => ({
  title: goal.title,
  target: goal.target,
  period: goal.period,
  interactionTypes: [...goal.interactionTypes],
  distinctContacts: goal.distinctContacts,
  stageIds: [...goal.stageIds],
  tags: [...goal.tags],
})

/** "Goals": each active goal with this period's progress, its streak and history; create, edit, archive. */
export const GoalsView = () => {
  const weekStart = useMemo(() => localeWeekStart(), [])
  const progress = useLiveQuery('goals.progress', { weekStart, periods: historyPeriods })
  const mirror = useMirror()
  const commands = useGoalCommands()
  const [editing, setEditing] = useState<GoalProgressRow | 'new' | null>(null)
  const tagChoices = useMemo(() => {
    const tags = new Set<string>()
    for (const c of mirror.contacts.values()) for (const t of c.tags) tags.add(t)
    return [...tags].sort()
  }, [mirror])
  const close = () => setEditing(null)
  return (
    <Stack gap="md" maw={900}>
      <Group justify="space-between">
        <Title order={2}>Goals</Title>
        <Button id="goals-new" onClick={() => setEditing('new')}>
          New goal
        </Button>
      </Group>
      <WeekStartSetting />
      {progress.error && (
        <Alert color="red" title="Could not work out your goals">
          {progress.error}
        </Alert>
      )}
      {!progress.data && !progress.error && <Loader aria-label="Loading goals" />}
      {progress.data?.length === 0 && (
        <Text c="dimmed">No goals yet. A small one kept is worth more than a big one missed: try 3 people a week.</Text>
      )}
      {progress.data?.map((row) => (
        <GoalCard
          key={row.goal.id}
          row={row}
          stages={mirror.stages}
          onEdit={() => setEditing(row)}
          onArchive={() => void commands.archive(row.goal)}
        />
      ))}
      <Modal opened={editing !== null} onClose={close} title={editing === 'new' ? 'New goal' : 'Edit goal'} size="lg">
        {editing !== null && (
          <GoalForm
            initial={editing === 'new' ? emptyGoalDraft() : draftOf(editing)}
            stages={mirror.stages}
            tagChoices={tagChoices}
            submitLabel={editing === 'new' ? 'Create goal' : 'Save'}
            onSubmit={async (draft) => {
              const ok = editing === 'new' ? await commands.create(draft) : await commands.update(editing.goal, draft)
              if (ok) close()
            }}
          />
        )}
      </Modal>
    </Stack>
  )
}
