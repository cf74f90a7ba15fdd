import { Button, Group } from '@mantine/core'
import { useCallback, useMemo, useRef, useState } from 'react'
import { emptyContactFields, type ContactFields } from '../../../shared/domain/contactFields'
import type { ContactId, StageId } from '../../../shared/domain'
import { boardStages } from '../../../shared/selectors/boardStages'
import { showError } from '../feedback/showError'
import { useMirror, useRapport } from '../workspace/WorkspaceProvider'
import { ContactFieldsForm } from './ContactFieldsForm'
import { ContactFormContext, type ContactForm } from './ContactFormContext'
import type { FieldName } from './fieldChange'
import { newContactInput } from './newContactInput'
import classes from './ContactDrawer.module.css'

type Errors = Partial<Record<FieldName, string>>

const without = (errors: Errors, fields: FieldName[]): Errors =>
  fields.some((f) => f in errors)
    ? Object.fromEntries(Object.entries(errors).filter(([k]) => !fields.includes(k as FieldName)))
    : errors

/** A new contact: the same fields, kept here until "Create" (or Enter) sends them all at once. */
export const NewContact = ({
  initialStageId,
  track,
  onCreated,
  onCancel,
}: {
  initialStageId: StageId | null
  track: <T>(work: Promise<T>) => Promise<T>
  onCreated: (id: ContactId) => void
  onCancel: () => void
}) => {
  const client = useRapport()
  const mirror = useMirror()
  const [values, setValues] = useState<ContactFields>(emptyContactFields)
  // The first stage of the board unless one was asked for, as the core would choose.
  const [stageId, setStageId] = useState(() => initialStageId ?? boardStages(mirror.stages)[0]?.id ?? null)
  const container = useRef<HTMLDivElement>(null)
  const [errors, setErrors] = useState<Errors>({})
  const [busy, setBusy] = useState(false)
  // Enter saves the field, then creates: read what was just saved, not what the last render saw.
  const latest = useRef({ values, stageId, busy: false, invalid: new Set<FieldName>() })

  const save = useCallback<ContactForm['save']>(async (field, value) => {
    latest.current.values = { ...latest.current.values, [field]: value }
    setValues(latest.current.values)
    const name = field === 'firstName' || field === 'lastName'
    setErrors((e) => without(e, name ? ['firstName', 'lastName'] : [field]))
    return { ok: true, value }
  }, [])
  const moveToStage = useCallback<ContactForm['moveToStage']>(async (id) => {
    latest.current.stageId = id
    setStageId(id)
    return { ok: true, value: id }
  }, [])
  const reportError = useCallback((field: FieldName, message: string | null) => {
    if (message) latest.current.invalid.add(field)
    else latest.current.invalid.delete(field)
  }, [])

  const create = useCallback(async () => {
    const now = latest.current
    if (now.busy || now.invalid.size > 0) return
    const input = newContactInput(now.values, now.stageId)
    if (!input.ok) {
      setErrors(input.errors)
      container.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-autofocus]')?.focus()
      return
    }
    now.busy = true
    setBusy(true)
    try {
      const created = await track(client.call('contacts.create', input.input))
      onCreated(created.id)
    } catch (error) {
      showError('Could not create the contact', error)
      now.busy = false
      setBusy(false)
    }
  }, [client, track, onCreated])

  const form = useMemo<ContactForm>(
    () => ({ mode: 'new', values, stageId, save, moveToStage, reportError, errors, submit: () => void create() }),
    [values, stageId, save, moveToStage, reportError, errors, create],
  )
  return (
    <ContactFormContext.Provider value={form}>
      <div className={classes.newForm} ref={container}>
        <ContactFieldsForm />
      </div>
      <Group justify="flex-end" className={classes.footer}>
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button onClick={() => void create()} loading={busy}>
          Create
        </Button>
      </Group>
    </ContactFormContext.Provider>
  )
}
