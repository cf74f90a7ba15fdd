import { buildImportedContact } from './buildImportedContact'
import type { ParseOutcome } from './importedContact'
import { jsonArrayElementLines } from './jsonArrayElementLines'
import { parseRapportExport } from './parseRapportExport'

/**
 * The contacts of a Rapport JSON export, as an import reads them: names, work, emails, phones, LinkedIn URL,
 * location, tags, notes and the date connected. Stages, interactions, goals and the other contact fields are in
 * the export (see `parseRapportExport`) but not in an `ImportedContact`.
 */
export const parseRapportContacts = (text: string): ParseOutcome => {
  const parsed = parseRapportExport(text)
  if (!parsed.ok) return parsed
  const lines = jsonArrayElementLines(text, 'contacts')
  const contacts = parsed.value.contacts.map((c, i) =>
    buildImportedContact(lines[i] ?? 1, {
      firstName: c.firstName,
      lastName: c.lastName,
      position: c.position,
      company: c.company,
      emails: c.emails,
      phones: c.phones,
      linkedinUrl: c.linkedinUrl,
      location: c.location,
      tags: c.tags,
      notes: c.notes,
      connectedOn: c.connectedOn,
    }),
  )
  return { ok: true, value: { format: 'json', records: contacts.length, contacts, skipped: [] } }
}
