import { csvColumnsOf } from './csvColumnsOf'
import { decodeImportBytes } from './decodeImportBytes'
import { detectImportFormat } from './detectImportFormat'
import type { ImportFormat, ParseOutcome } from './importedContact'
import { parseGoogleContacts } from './parseGoogleContacts'
import { parseLinkedInConnections } from './parseLinkedInConnections'
import { parseRapportContacts } from './parseRapportContacts'
import { parseVcards } from './parseVcards'

const parsers: Record<ImportFormat, (text: string) => ParseOutcome> = {
  linkedin: parseLinkedInConnections,
  google: parseGoogleContacts,
  vcard: parseVcards,
  json: parseRapportContacts,
}

const unknownFormat = (text: string): string => {
  const columns = csvColumnsOf(text)
  return columns.length > 0
    ? `This file is not a LinkedIn, Google Contacts or vCard export (its columns are: ${columns.join(', ')}).`
    : 'This file is not a LinkedIn, Google Contacts, vCard or Rapport export.'
}

/**
 * Reads an import file: decodes its bytes (see `decodeImportBytes`), finds its format from its content unless
 * `format` is given, and hands it to that format's parser. Every contact comes out cleaned to the core's field
 * limits (see `buildImportedContact`).
 */
export const parseImport = (bytes: Uint8Array, format?: ImportFormat): ParseOutcome => {
  const decoded = decodeImportBytes(bytes)
  if (!decoded.ok) return decoded
  const chosen = format ?? detectImportFormat(decoded.value)
  return chosen === null ? { ok: false, error: unknownFormat(decoded.value) } : parsers[chosen](decoded.value)
}
