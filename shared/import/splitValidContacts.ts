import { issuesOf } from '../api/dispatcher'
import type { ImportedContact, SkippedRecord } from './importedContact'
import { importedContactSchema } from './importSchemas'

/** Records the core would refuse become skipped lines, so that one odd row never stops a whole file. */
export const splitValidContacts = (
  contacts: readonly ImportedContact[],
): { valid: ImportedContact[]; invalid: SkippedRecord[] } => {
  const valid: ImportedContact[] = []
  const invalid: SkippedRecord[] = []
  for (const contact of contacts) {
    const result = importedContactSchema.safeParse(contact)
    if (result.success) valid.push(result.data)
    else
      invalid.push({
        line: contact.line,
        reason: issuesOf(result.error)
          .map((i) => `${i.path} ${i.message}`)
          .join('; '),
      })
  }
  return { valid, invalid }
}
