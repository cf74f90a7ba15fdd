import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Stack,
  Switch,
  TagsInput,
  TextInput,
} from '@mantine/core'
import { useState } from 'react'
import type { GoalPeriod, InteractionType, Stage, StageId } from '../../../shared/domain'
import { interactionTypes } from '../../../shared/domain'
import { interactionLabels } from '../contact/interactionKinds'

/** What the goal form edits. */
export type GoalDraft = {
  title: string
  target: number
  period: GoalPeriod
  interactionTypes: InteractionType[]
  distinctContacts: boolean
  stageIds: StageId[]
  tags: string[]
}

/** A new goal's starting point: "Reach out to 3 people a week". */
export const emptyGoalDraft = (): GoalDraft => ({
  title: '',
  target: 3,
  period: 'week',
  interactionTypes: [],
  distinctContacts: true,
  stageIds: [],
  tags: [],
})

const periodWords: Record<GoalPeriod, string> = { week: 'a week', month: 'a month', quarter: 'a quarter' }

/** The title a goal gets when none is given: "3 people a week". */
export const defaultGoalTitle = (d: GoalDraft): string =>
  `${d.target} ${d.distinctContacts ? 'people' : 'interactions'} ${periodWords[d.period]}`

const typeChoices = interactionTypes.filter((t) => t !== 'note').map((t) => ({ value: t, label: interactionLabels[t] }))

/** Creates or edits a goal: how many, per what, which interactions, and whom they must be with. */
export const GoalForm = ({
  initial,
  stages,
  tagChoices,
  submitLabel,
  onSubmit,
}: {
  initial: GoalDraft
  stages: Stage[]
  tagChoices: string[]
  submitLabel: string
  onSubmit: (draft: GoalDraft) => Promise<void>
}) => {
  const [draft, setDraft] = useState<GoalDraft>(initial)
  const [busy, setBusy] = useState(false)
  const set = <K extends keyof GoalDraft>(key: K, value: GoalDraft[K]) => setDraft((d) => ({ ...d, [key]: value }))
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        setBusy(true)
        void onSubmit({ ...draft, title: draft.title.trim() || defaultGoalTitle(draft) }).finally(() => setBusy(false))
      }}
    >
      <Stack>
        <TextInput
          label="Name"
          placeholder={defaultGoalTitle(draft)}
          value={draft.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          maxLength={120}
        />
        <Group align="flex-end">
          <NumberInput
            label="Target"
            min={1}
            max={1000}
            value={draft.target}
            onChange={(v) => set('target', typeof v === 'number' ? v : Number(v) || 1)}
            w={110}
          />
          <SegmentedControl
            aria-label="Per"
            value={draft.period}
            onChange={(v) => set('period', v as GoalPeriod)}
            data={[
              { value: 'week', label: 'per week' },
              { value: 'month', label: 'per month' },
              { value: 'quarter', label: 'per quarter' },
            ]}
          />
        </Group>
        <MultiSelect
          label="Counts"
          placeholder={draft.interactionTypes.length === 0 ? 'Every kind of interaction' : undefined}
          data={typeChoices}
          value={draft.interactionTypes}
          onChange={(v) => set('interactionTypes', v as InteractionType[])}
        />
        <Switch
          label="Count distinct people, not interactions"
          checked={draft.distinctContacts}
          onChange={(e) => set('distinctContacts', e.currentTarget.checked)}
        />
        <MultiSelect
          label="Only with people in these stages"
          placeholder={draft.stageIds.length === 0 ? 'Any stage' : undefined}
          data={stages.filter((s) => !s.archived).map((s) => ({ value: s.id, label: s.name }))}
          value={draft.stageIds}
          onChange={(v) => set('stageIds', v as StageId[])}
        />
        <TagsInput
          label="Only with people tagged"
          placeholder={draft.tags.length === 0 ? 'Any tag' : undefined}
          data={tagChoices}
          value={draft.tags}
          onChange={(v) => set('tags', v)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
