import { Button, Group, Select, Stack, TextInput } from '@mantine/core'
import { DateInput } from '@mantine/dates'
import { useState } from 'react'
import type { ContactId, Interaction, InteractionType } from '../../../../shared/domain'
import { interactionTypes } from '../../../../shared/domain'
import { useBusyAction } from '../../feedback/useBusyAction'
import { useRapport } from '../../workspace/WorkspaceProvider'
import { interactionLabels } from '../interactionKinds'
import { localDate, occurredAtFor, parseDateText } from '../parseDateText'
import classes from '../ContactDrawer.module.css'

const typeChoices = interactionTypes.map((t) => ({ value: t, label: interactionLabels[t] }))

/**
 * "Log interaction": what happened, when (today unless told), and a line about it. In a row on the drawer's
 * timeline; `stacked`, with visible labels and an outcome, in the quick "Log interaction" window (the type field
 * takes focus).
 */
export const LogInteractionForm = ({
  contactId,
  onLogged,
  stacked = false,
}: {
  contactId: ContactId
  onLogged: (interaction: Interaction) => void
  stacked?: boolean
}) => {
  const client = useRapport()
  const [type, setType] = useState<InteractionType>('message')
  const [date, setDate] = useState<string | null>(() => localDate(Date.now()))
  const [summary, setSummary] = useState('')
  const [outcome, setOutcome] = useState('')
  const { busy, run } = useBusyAction()
  const log = async () => {
    if (busy) return
    const now = Date.now()
    await run('Could not log the interaction', async () => {
      const occurredAt = occurredAtFor(date ?? localDate(now), now)
      onLogged(await client.call('interactions.log', { contactId, type, occurredAt, summary, outcome }))
      setSummary('')
      setOutcome('')
    })
  }
  const fields = (
    <>
      <Select
        aria-label="Interaction type"
        label={stacked ? 'What happened' : undefined}
        data={typeChoices}
        value={type}
        onChange={(value) => value && setType(value as InteractionType)}
        allowDeselect={false}
        w={stacked ? undefined : 130}
        data-autofocus={stacked || undefined}
      />
      <DateInput
        aria-label="Interaction date"
        label={stacked ? 'When' : undefined}
        valueFormat="D MMM YYYY"
        dateParser={parseDateText}
        value={date}
        onChange={setDate}
        w={stacked ? undefined : 130}
      />
      <TextInput
        aria-label="Summary"
        label={stacked ? 'Note (optional)' : undefined}
        placeholder="What happened?"
        value={summary}
        onChange={(event) => setSummary(event.currentTarget.value)}
        maxLength={2000}
        className={stacked ? undefined : classes.grow}
      />
      {stacked && (
        <TextInput
          label="Outcome (optional)"
          placeholder="What came of it: a next step, an intro, a no for now"
          value={outcome}
          onChange={(event) => setOutcome(event.currentTarget.value)}
          maxLength={2000}
        />
      )}
    </>
  )
  const submit = (
    <Button type="submit" variant={stacked ? 'filled' : 'light'} loading={busy}>
      Log interaction
    </Button>
  )
  return (
    <form
      className={stacked ? undefined : classes.logForm}
      onSubmit={(event) => {
        event.preventDefault()
        void log()
      }}
    >
      {stacked ? (
        <Stack gap="sm">
          {fields}
          <Group justify="flex-end">{submit}</Group>
        </Stack>
      ) : (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          {fields}
          {submit}
        </Group>
      )}
    </form>
  )
}
