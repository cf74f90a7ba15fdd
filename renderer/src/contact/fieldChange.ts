import { contactFieldsSchema } from '../../../shared/api/fieldSchemas'
import type { ContactFields } from '../../../shared/domain/contactFields'

/** A field a person edits in the drawer. */
export type FieldName = keyof ContactFields

/** What to do with an edited field: send it, nothing (no real change), or show why it is wrong. */
export type FieldChange<K extends FieldName> =
  { kind: 'send'; value: ContactFields[K] } | { kind: 'unchanged' } | { kind: 'invalid'; message: string }

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * Why a field's value is wrong, in the shared schema's words (so the UI and the core say the same
 * thing), or null when it is fine. For a list, says which entry is wrong.
 */
export const fieldError = <K extends FieldName>(field: K, value: ContactFields[K]): string | null => {
  const result = contactFieldsSchema.shape[field].safeParse(value)
  if (result.success) return null
  const issue = result.error.issues[0]
  const index = issue.path[0]
  if (Array.isArray(value) && typeof index === 'number' && value[index] !== undefined) {
    return `"${String(value[index])}" ${issue.message}`
  }
  return capitalise(issue.message)
}

const same = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : a === b

/**
 * Whether an edit is worth sending: validated and normalised as the core will (trimmed), then
 * compared with the current value, so that only a real change of this one field is sent.
 */
export const fieldChange = <K extends FieldName>(
  field: K,
  draft: ContactFields[K],
  current: ContactFields[K],
): FieldChange<K> => {
  const result = contactFieldsSchema.shape[field].safeParse(draft)
  if (!result.success) return { kind: 'invalid', message: fieldError(field, draft) ?? 'Is not valid' }
  const value = result.data as ContactFields[K]
  return same(value, current) ? { kind: 'unchanged' } : { kind: 'send', value }
}
