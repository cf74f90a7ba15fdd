import { findCsvHeader } from './findCsvHeader'
import { isGoogleHeader } from './googleColumns'
import type { ImportFormat } from './importedContact'
import { isLinkedInHeader } from './linkedinColumns'

const firstLineIsBeginVcard = /^BEGIN:VCARD[ \t]*(?:[\r\n]|$)/i
const anyLineIsBeginVcard = /^BEGIN:VCARD[ \t]*$/im

/**
 * Which export a file's text is, from its content: a Rapport JSON export (an object with `version` and
 * `contacts`), vCard (`BEGIN:VCARD`), or a LinkedIn or Google Contacts CSV (by their header names). Null otherwise.
 */
export const detectImportFormat = (text: string): ImportFormat | null => {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  // The keys are looked for rather than the file parsed twice: the parser says later what is wrong with it.
  if (start.startsWith('{')) return /"version"\s*:/.test(start) && /"contacts"\s*:/.test(start) ? 'json' : null
  if (firstLineIsBeginVcard.test(start)) return 'vcard'
  if (findCsvHeader(start, isLinkedInHeader) !== null) return 'linkedin'
  if (findCsvHeader(start, isGoogleHeader) !== null) return 'google'
  // A vCard file with something before its first card.
  return anyLineIsBeginVcard.test(text) ? 'vcard' : null
}
