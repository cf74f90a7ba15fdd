import type { ContactId, ReminderId } from '../domain/ids'
import type { Reminder, WeekStart } from '../domain/types'
import type { SkippedRecord } from './importedContact'
import type { ImportedReminder, ImportedSettings } from './importedRecords'

/**
 * What a Rapport export's reminders and settings add to the vault. A reminder is added, as it was (status and
 * dates included), on the contact its contact id resolved to, unless the vault has its id; one whose contact is not
 * imported is skipped. The export's first day of the week is taken only by a vault that follows the locale: a vault
 * that chose its own keeps it. Pure: the vault's reminder ids and week start are passed in.
 */
export const planImportedReminders = (args: {
  reminders: readonly ImportedReminder[]
  settings: readonly ImportedSettings[]
  contactIds: ReadonlyMap<string, ContactId>
  hasReminder: (id: string) => boolean
  weekStart: WeekStart | null
}): { reminders: Reminder[]; weekStart: WeekStart | null; skipped: SkippedRecord[] } => {
  const reminders: Reminder[] = []
  const skipped: SkippedRecord[] = []
  const seen = new Set<string>()
  for (const { line, contactId: exportedId, ...r } of args.reminders) {
    const contactId = args.contactIds.get(exportedId)
    if (seen.has(r.id)) skipped.push({ line, reason: `Reminder ${r.id} appears twice in the import` })
    else if (!contactId) skipped.push({ line, reason: `Reminder ${r.id}: its contact ${exportedId} is not imported` })
    else if (!args.hasReminder(r.id)) reminders.push({ ...r, id: r.id as ReminderId, contactId })
    seen.add(r.id)
  }
  const exported = args.settings[0]?.weekStart ?? null
  return { reminders, weekStart: args.weekStart === null ? exported : null, skipped }
}
