import { Alert, Badge, Divider, Stack } from '@mantine/core'
import { useCallback, useMemo } from 'react'
import type { ContactFields } from '../../../shared/domain/contactFields'
import type { Contact } from '../../../shared/domain'
import { showError } from '../feedback/showError'
import { useRapport } from '../workspace/WorkspaceProvider'
import { ContactActions } from './ContactActions'
import { ContactHabitActions } from './ContactHabitActions'
import { ContactFieldsForm } from './ContactFieldsForm'
import { ContactFormContext, type ContactForm } from './ContactFormContext'
import type { HabitRequest } from './habitRequest'
import { fieldLabels, messageForField } from './fieldLabels'
import { InteractionTimeline } from './timeline/InteractionTimeline'
import classes from './ContactDrawer.module.css'

/** An existing contact in the drawer: each field saved on its own as `contacts.update { id, fields: { field } }`. */
export const EditContact = ({
  contact,
  gone,
  request,
  track,
  onDone,
  onConfirming,
}: {
  contact: Contact
  /** The contact was deleted elsewhere; what is shown is the last known state. */
  gone: boolean
  /** The snooze choices or the "Remind me…" form to open. */
  request?: HabitRequest
  track: <T>(work: Promise<T>) => Promise<T>
  onDone: () => void
  onConfirming: (open: boolean) => void
}) => {
  const client = useRapport()
  const id = contact.id
  const save = useCallback<ContactForm['save']>(
    async (field, value, notesBase) => {
      try {
        const fields = { [field]: value } as Partial<ContactFields>
        const updated = await track(client.call('contacts.update', { id, fields, notesBase }))
        return { ok: true, value: updated[field] }
      } catch (error) {
        showError(`Could not save ${fieldLabels[field]}`, error)
        return { ok: false, message: messageForField(error, field) }
      }
    },
    [client, id, track],
  )
  const moveToStage = useCallback<ContactForm['moveToStage']>(
    async (stageId) => {
      try {
        const moved = await track(client.call('contacts.move', { id, stageId }))
        return { ok: true, value: moved.stageId }
      } catch (error) {
        showError('Could not move the contact', error)
        return { ok: false, message: (error as Error).message }
      }
    },
    [client, id, track],
  )
  const form = useMemo<ContactForm>(
    () => ({
      mode: 'edit',
      values: contact,
      stageId: contact.stageId,
      save,
      moveToStage,
      reportError: () => undefined,
      errors: {},
    }),
    [contact, save, moveToStage],
  )
  return (
    <ContactFormContext.Provider value={form}>
      <Stack gap="md" pb="md">
        {gone && (
          <Alert color="orange" title="This contact was deleted">
            It was deleted, maybe on another device. What you see is the last known version.
          </Alert>
        )}
        {contact.archived && (
          <Badge color="gray" variant="light">
            Archived
          </Badge>
        )}
        <ContactFieldsForm />
        {!gone && <ContactHabitActions contact={contact} request={request} />}
        <Divider label="Timeline" labelPosition="left" />
        {!gone && <InteractionTimeline contactId={id} lastInteractionAt={contact.lastInteractionAt} />}
      </Stack>
      {!gone && (
        <div className={classes.footer}>
          <ContactActions contact={contact} onDone={onDone} onConfirming={onConfirming} />
        </div>
      )}
    </ContactFormContext.Provider>
  )
}
