import type { ExportV1 } from '../export/exportFormat'
import type { SkippedRecord } from './importedContact'
import type { ImportedReminder, ImportedSettings } from './importedRecords'
import { firstOfEach } from './firstOfEach'
import { isoTimeOf } from './isoTimeOf'

/**
 * The reminders of a checked export, each with its line. One is skipped, with why, when its id appeared earlier
 * in the file, when a time in it is not a date, or when its contact was not read from the file (`contactIds`).
 */
export const readExportedReminders = (
  data: ExportV1,
  lines: number[],
  contactIds: ReadonlySet<string | undefined>,
  skipped: SkippedRecord[],
): ImportedReminder[] => {
  const reminders: ImportedReminder[] = []
  const kept = firstOfEach(
    data.reminders ?? [],
    lines,
    (r) => r.id,
    (r) => `Reminder ${r.id}`,
    skipped,
  )
  for (const { record: r, line } of kept) {
    const dueAt = isoTimeOf(r.dueAt)
    const createdAt = isoTimeOf(r.createdAt)
    const resolvedAt = r.resolvedAt === null ? null : isoTimeOf(r.resolvedAt)
    if (dueAt === null || createdAt === null || (r.resolvedAt !== null && resolvedAt === null)) {
      skipped.push({ line, reason: `Reminder ${r.id}: a time in it is not a date` })
    } else if (!contactIds.has(r.contactId)) {
      skipped.push({ line, reason: `Reminder ${r.id} refers to contact ${r.contactId}, which was not imported` })
    } else {
      const { id, contactId, note, status } = r
      reminders.push({ line, id, contactId, dueAt, note, status, createdAt, resolvedAt })
    }
  }
  return reminders
}

/** The export's workspace settings, as a list of one (none from an export made before settings were exported). */
export const readExportedSettings = (data: ExportV1, line: number): ImportedSettings[] =>
  data.settings ? [{ line, weekStart: data.settings.weekStart }] : []
