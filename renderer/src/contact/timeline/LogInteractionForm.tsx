import { Button, Group, Select, TextInput } from '@mantine/core'
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

/** "Log interaction": what happened, when (today unless told), and a line about it. */
export const LogInteractionForm = ({
  contactId,
  onLogged,
}: {
  contactId: ContactId
  onLogged: (interaction: Interaction) => void
}) => {
  const client = useRapport()
  const [type, setType] = useState<InteractionType>('message')
  const [date, setDate] = useState<string | null>(() => localDate(Date.now()))
  const [summary, setSummary] = useState('')
  const { busy, run } = useBusyAction()
  const log = async () => {
    if (busy) return
    const now = Date.now()
    await run('Could not log the interaction', async () => {
      const occurredAt = occurredAtFor(date ?? localDate(now), now)
      onLogged(await client.call('interactions.log', { contactId, type, occurredAt, summary }))
      setSummary('')
    })
  }
  return (
    <form
      className={classes.logForm}
      onSubmit={(event) => {
        event.preventDefault()
        void log()
      }}
    >
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Select
          aria-label="Interaction type"
          data={typeChoices}
          value={type}
          onChange={(value) => value && setType(value as InteractionType)}
          allowDeselect={false}
          w={130}
        />
        <DateInput
          aria-label="Interaction date"
          valueFormat="D MMM YYYY"
          dateParser={parseDateText}
          value={date}
          onChange={setDate}
          w={130}
        />
        <TextInput
          aria-label="Summary"
          placeholder="What happened?"
          value={summary}
          onChange={(event) => setSummary(event.currentTarget.value)}
          maxLength={2000}
          className={classes.grow}
        />
        <Button type="submit" variant="light" loading={busy}>
          Log interaction
        </Button>
      </Group>
    </form>
  )
}
