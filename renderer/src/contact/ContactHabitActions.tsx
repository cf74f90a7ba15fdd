import { Button, Group, Popover, Stack, Text, TextInput } from '@mantine/core'
import { DatePickerInput } from '@mantine/dates'
import { notifications } from '@mantine/notifications'
import { useEffect, useRef, useState } from 'react'
import type { Contact } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'
import { showError } from '../feedback/showError'
import { showUndoable } from '../feedback/showUndoable'
import { formatDay } from '../format/timeAgo'
import { SnoozeMenu } from '../week/SnoozeMenu'
import { morningOf } from '../week/snoozeChoices'
import { useRapport } from '../workspace/WorkspaceProvider'
import type { HabitRequest } from './habitRequest'

/** "Not now" and "Remind me…" for the contact in the drawer; a `request` (S, R, or the palette) opens one of them. */
export const ContactHabitActions = ({ contact, request }: { contact: Contact; request?: HabitRequest }) => {
  const client = useRapport()
  const name = displayName(contact) || 'this contact'
  const [reminding, setReminding] = useState(false)
  const snoozeButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!request) return
    // The menu shows only by a target in view, and the drawer may be scrolled anywhere.
    snoozeButton.current?.scrollIntoView({ block: 'center' })
    if (request.action === 'snooze') snoozeButton.current?.click()
    if (request.action === 'remind') setReminding(true)
  }, [request])
  const [date, setDate] = useState<string | null>(null)
  const [note, setNote] = useState('')
  const snoozed = contact.snoozedUntil !== null && contact.snoozedUntil > Date.now()
  const snooze = (until: number) => {
    const before = contact.snoozedUntil
    client.call('contacts.snooze', { id: contact.id, until }).then(
      () =>
        showUndoable({
          title: `Snoozed ${name}`,
          message: `Hidden from the queue and reminders until ${formatDay(until)}.`,
          undo: () => client.call('contacts.snooze', { id: contact.id, until: before }),
          undone: `${name} is back in the queue.`,
        }),
      (error: unknown) => showError(`Could not snooze ${name}`, error),
    )
  }
  const remind = async () => {
    if (!date) return
    try {
      const reminder = await client.call('reminders.create', { contactId: contact.id, dueAt: morningOf(date), note })
      setReminding(false)
      setNote('')
      showUndoable({
        title: 'Reminder set',
        message: `On ${formatDay(reminder.dueAt)}.`,
        undo: () => client.call('reminders.dismiss', { id: reminder.id }),
        undone: 'The reminder was removed.',
      })
    } catch (error) {
      showError('Could not set the reminder', error)
    }
  }
  return (
    <Group gap="xs">
      <SnoozeMenu name={name} onSnooze={snooze} buttonRef={snoozeButton} />
      {snoozed && contact.snoozedUntil !== null && (
        <>
          <Text size="xs" c="dimmed">
            Snoozed until {formatDay(contact.snoozedUntil)}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() =>
              client
                .call('contacts.snooze', { id: contact.id, until: null })
                .then(() => notifications.show({ message: `${name} is back in the queue.`, autoClose: 3000 }))
                .catch((error: unknown) => showError('Could not wake the contact', error))
            }
          >
            Wake
          </Button>
        </>
      )}
      <Popover opened={reminding} onChange={setReminding} position="bottom-start" withinPortal={false} trapFocus>
        <Popover.Target>
          <Button size="compact-sm" variant="subtle" onClick={() => setReminding((o) => !o)}>
            Remind me…
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs" w={260}>
            <DatePickerInput
              label="On"
              value={date}
              onChange={setDate}
              minDate={new Date()}
              popoverProps={{ withinPortal: false }}
            />
            <TextInput label="About" value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={2000} />
            <Button size="xs" disabled={!date} onClick={() => void remind()}>
              Set reminder
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Group>
  )
}
