import { createContext, useContext } from 'react'
import type { ContactFields } from '../../../shared/domain/contactFields'
import type { StageId } from '../../../shared/domain'
import type { FieldName } from './fieldChange'

/** How a save went: the value now stored, or why it was refused. */
export type SaveResult<T> = { ok: true; value: T } | { ok: false; message: string }

/**
 * Where the drawer's fields read and write: an existing contact (each change sent on its own) or
 * a new contact being composed (changes kept until "Create"). The fields do not know which.
 */
export type ContactForm = {
  mode: 'edit' | 'new'
  values: ContactFields
  stageId: StageId | null
  /** Saves one field; for notes, `notesBase` is the stored text the edit started from (see `contacts.update`). */
  save: <K extends FieldName>(
    field: K,
    value: ContactFields[K],
    notesBase?: string,
  ) => Promise<SaveResult<ContactFields[K]>>
  moveToStage: (stageId: StageId) => Promise<SaveResult<StageId>>
  /** A field tells the form it holds a value that cannot be saved (or no longer does). */
  reportError: (field: FieldName, message: string | null) => void
  /** Errors found by the form itself, such as a missing name, by field. */
  errors: Partial<Record<FieldName, string>>
  /** Enter in a single-line field: creates the contact in new mode. */
  submit?: () => void
}

/** The form the drawer's fields belong to. */
export const ContactFormContext = createContext<ContactForm | null>(null)

/** The form around a field. */
export const useContactForm = (): ContactForm => {
  const form = useContext(ContactFormContext)
  if (!form) throw new Error('Contact fields need a <ContactFormContext> above them.')
  return form
}
