import { maxNotesLength } from '../api/fieldSchemas'
import { contactSources, type ContactSource } from '../domain/types'
import type { ExportedContact, ExportV1 } from '../export/exportFormat'
import { normaliseCommunityName } from '../communities/normaliseCommunityName'
import { buildImportedContact } from './buildImportedContact'
import type { ImportedContact, SkippedRecord } from './importedContact'
import { stageNameKey, type ImportedRelated } from './importedRecords'
import { jsonArrayElementLines } from './jsonArrayElementLines'
import { readExportedReminders, readExportedSettings } from './readExportedReminders'
import { firstOfEach } from './firstOfEach'
import { isoTimeOf } from './isoTimeOf'

/** Everything an import takes from a Rapport export, and the records it leaves out with why. */
export type ExportedRecords = { contacts: ImportedContact[]; related: ImportedRelated; skipped: SkippedRecord[] }

const knownSources = new Set<string>(contactSources)

const contactOf = (
  line: number,
  c: ExportedContact,
  createdAt: number,
  updatedAt: number,
  communityName: ReadonlyMap<string, string>,
): ImportedContact => {
  const contact = buildImportedContact(line, c)
  return {
    ...contact,
    // Notes come back as the vault held them: an export is not a file someone typed.
    notes: c.notes.length <= maxNotesLength ? c.notes : contact.notes,
    exported: {
      id: c.id,
      stage: c.stage,
      howWeMet: c.howWeMet,
      offer: c.offer,
      // An export made before communities were records names them; a later one holds its records' ids.
      communities: [...new Set(c.communities.map((k) => communityName.get(k) ?? k))],
      cadenceDays: c.cadenceDays,
      sources: c.sources.filter((s): s is ContactSource => knownSources.has(s)),
      archived: c.archived,
      createdAt,
      updatedAt,
      stageEnteredAt: c.stageEnteredAt === null ? null : isoTimeOf(c.stageEnteredAt),
      snoozedUntil: c.snoozedUntil === null ? null : isoTimeOf(c.snoozedUntil),
    },
  }
}

/**
 * The contacts, stages, interactions and goals of a checked export, each with the line it starts on. A record is
 * skipped, with its line and why, when its id (or a stage's name, without case) appeared earlier in the file, when
 * a time in it is not a date, when an interaction's or a reminder's contact is not in the file, or when a goal names
 * a stage the file does not have. The workspace settings come as a list of at most one.
 */
export const readExportedRecords = (text: string, data: ExportV1): ExportedRecords => {
  const skipped: SkippedRecord[] = []
  const at = (key: string) => jsonArrayElementLines(text, key)

  const stages = firstOfEach(
    data.stages,
    at('stages'),
    (s) => stageNameKey(s.name),
    (s) => `Stage "${s.name}"`,
    skipped,
  )
  const stageNames = new Set(stages.map(({ record }) => stageNameKey(record.name)))

  const communities: ImportedRelated['communities'] = []
  for (const { record: k, line } of firstOfEach(
    data.communities ?? [],
    at('communities'),
    (k) => normaliseCommunityName(k.name),
    (k) => `Community "${k.name}"`,
    skipped,
  )) {
    const createdAt = isoTimeOf(k.createdAt)
    if (createdAt === null) skipped.push({ line, reason: `Community "${k.name}": createdAt is not a date` })
    else {
      const { name, kind, url, notes, member, archived } = k
      communities.push({ line, name, kind, url, notes, member, archived, createdAt })
    }
  }
  const communityName = new Map((data.communities ?? []).map((k) => [k.id, k.name]))

  const contacts: ImportedContact[] = []
  const allContactIds = new Set(data.contacts.map((c) => c.id))
  for (const { record: c, line } of firstOfEach(
    data.contacts,
    at('contacts'),
    (c) => c.id,
    (c) => `Contact ${c.id}`,
    skipped,
  )) {
    const createdAt = isoTimeOf(c.createdAt)
    const updatedAt = isoTimeOf(c.updatedAt)
    if (createdAt === null || updatedAt === null) {
      skipped.push({ line, reason: `Contact ${c.id}: ${createdAt === null ? 'createdAt' : 'updatedAt'} is not a date` })
    } else contacts.push(contactOf(line, c, createdAt, updatedAt, communityName))
  }
  const contactIds = new Set(contacts.map((c) => c.exported?.id))

  const interactions: ImportedRelated['interactions'] = []
  const keptInteractions = firstOfEach(
    data.interactions,
    at('interactions'),
    (i) => i.id,
    (i) => `Interaction ${i.id}`,
    skipped,
  )
  for (const { record: i, line } of keptInteractions) {
    const occurredAt = isoTimeOf(i.occurredAt)
    if (occurredAt === null) skipped.push({ line, reason: `Interaction ${i.id}: occurredAt is not a date` })
    else if (!contactIds.has(i.contactId)) {
      const why = allContactIds.has(i.contactId) ? 'which was skipped' : 'which is not in the file'
      skipped.push({ line, reason: `Interaction ${i.id} refers to contact ${i.contactId}, ${why}` })
    } else {
      const { id, contactId, type, summary, outcome } = i
      interactions.push({ line, id, contactId, type, occurredAt, summary, outcome })
    }
  }

  const goals: ImportedRelated['goals'] = []
  for (const { record: g, line } of firstOfEach(
    data.goals,
    at('goals'),
    (g) => g.id,
    (g) => `Goal ${g.id}`,
    skipped,
  )) {
    const createdAt = isoTimeOf(g.createdAt)
    const unknown = g.stages.find((name) => !stageNames.has(stageNameKey(name)))
    const { stage: _first, ...goal } = g
    if (createdAt === null) skipped.push({ line, reason: `Goal ${g.id}: createdAt is not a date` })
    else if (unknown !== undefined) {
      skipped.push({ line, reason: `Goal ${g.id} names the stage "${unknown}", which is not in the file` })
    } else goals.push({ ...goal, line, createdAt })
  }

  return {
    contacts,
    related: {
      stages: stages.map(({ record: s, line }) => ({ line, ...pickStage(s) })),
      interactions,
      goals,
      communities,
      reminders: readExportedReminders(data, at('reminders'), contactIds, skipped),
      settings: readExportedSettings(data, settingsLine(text)),
    },
    skipped: skipped.sort((a, b) => a.line - b.line),
  }
}

/** The line the export's settings start on (1 when it cannot be found). */
const settingsLine = (text: string): number => {
  const at = text.search(/"settings"\s*:/)
  return at < 0 ? 1 : text.slice(0, at).split('\n').length
}

const pickStage = (s: ExportV1['stages'][number]) => ({
  name: s.name,
  colour: s.colour,
  archived: s.archived,
  ...(s.cadenceDays !== null && { cadenceDays: s.cadenceDays }),
})
