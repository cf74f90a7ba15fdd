import { commands, type CommandInput } from '../../../shared/api/contract'
import type { ContactFields } from '../../../shared/domain/contactFields'
import type { StageId } from '../../../shared/domain'
import type { FieldName } from './fieldChange'

/** What `contacts.create` is sent, or why the form cannot be sent yet (messages by field). */
export type NewContactInput =
  { ok: true; input: CommandInput<'contacts.create'> } | { ok: false; errors: Partial<Record<FieldName, string>> }

const isEmptyValue = (value: unknown): boolean =>
  value === null || value === '' || (Array.isArray(value) && value.length === 0)

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * The new-contact form as a `contacts.create` input: only the fields filled in, checked with the
 * contract's own schema, so "a contact needs a first or a last name" reads the same as the core's.
 */
export const newContactInput = (values: ContactFields, stageId: StageId | null): NewContactInput => {
  const filled = Object.fromEntries(Object.entries(values).filter(([, v]) => !isEmptyValue(v)))
  const candidate = stageId ? { ...filled, stageId } : filled
  const result = commands['contacts.create'].input.safeParse(candidate)
  if (result.success) return { ok: true, input: candidate as CommandInput<'contacts.create'> }
  const errors: Partial<Record<FieldName, string>> = {}
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'firstName') as FieldName
    errors[field] ??= capitalise(issue.message)
  }
  return { ok: false, errors }
}
