import type { ExportV1 } from '../export/exportFormat'
import type { SkippedRecord } from './importedContact'
import type { ImportedReminder, ImportedSettings } from './importedRecords'

const timeOf = (iso: string): number | null => {
  const ms = Date.parse(iso)
  return Number.isFinite(ms) ? ms : null
}

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
  const firstLine = new Map<string, number>()
  ;(data.reminders ?? []).forEach((r, i) => {
    const line = lines[i] ?? 1
    const dueAt = timeOf(r.dueAt)
    const createdAt = timeOf(r.createdAt)
    const resolvedAt = r.resolvedAt === null ? null : timeOf(r.resolvedAt)
    const first = firstLine.get(r.id)
    if (first !== undefined)
      skipped.push({ line, reason: `Reminder ${r.id} appears twice in the file (first on line ${first})` })
    else if (dueAt === null || createdAt === null || (r.resolvedAt !== null && resolvedAt === null)) {
      skipped.push({ line, reason: `Reminder ${r.id}: a time in it is not a date` })
    } else if (!contactIds.has(r.contactId)) {
      skipped.push({ line, reason: `Reminder ${r.id} refers to contact ${r.contactId}, which was not imported` })
    } else {
      const { id, contactId, note, status } = r
      reminders.push({ line, id, contactId, dueAt, note, status, createdAt, resolvedAt })
    }
    if (first === undefined) firstLine.set(r.id, line)
  })
  return reminders
}

/** The export's workspace settings, as a list of one (none from an export made before settings were exported). */
export const readExportedSettings = (data: ExportV1, line: number): ImportedSettings[] =>
  data.settings ? [{ line, weekStart: data.settings.weekStart }] : []
