// Why a parser of our own, when the house rule prefers a library made for the job: each npm library for vCard
// misses something we must read. `vcf` (node-vcf 2.1.2, unchanged since 2024) leaves quoted-printable values and
// backslash escapes as written and unfolds only CRLF lines; `vcard4` parses 4.0 only; `ical.js` parses 3.0 and
// 4.0, and 2.1 is an open issue there (kewisch/ical.js#187; the draft in #958 would refuse quoted-printable).
// Outlook and Android phones still write 2.1 with quoted-printable, so this module reads all three versions.
import type { ImportedContact, ParseOutcome, SkippedRecord } from './importedContact'
import { isEmptyContact } from './isEmptyContact'
import type { VcardProperty } from './parseVcardProperty'
import { parseVcardProperty } from './parseVcardProperty'
import { unfoldVcardLines } from './unfoldVcardLines'
import { vcardToContact } from './vcardToContact'

type OpenCard = { line: number; properties: VcardProperty[] }

const cutOff = (card: OpenCard): SkippedRecord => ({ line: card.line, reason: 'The card is cut off (no END:VCARD).' })

/**
 * Reads a vCard file (2.1, 3.0 or 4.0; any number of cards) into contacts, one per card (see `vcardToContact`).
 * A card without `END:VCARD` is skipped as cut off; a card with no name, email, phone, company or LinkedIn URL is
 * skipped; lines outside cards and unknown properties are ignored.
 */
export const parseVcards = (text: string): ParseOutcome => {
  const contacts: ImportedContact[] = []
  const skipped: SkippedRecord[] = []
  let records = 0
  let card: OpenCard | null = null
  for (const { line, text: content } of unfoldVcardLines(text)) {
    const marker = content.trim().toUpperCase()
    if (marker === 'BEGIN:VCARD') {
      if (card !== null) skipped.push(cutOff(card))
      card = { line, properties: [] }
      records += 1
    } else if (marker === 'END:VCARD' && card !== null) {
      const contact = vcardToContact(card.line, card.properties)
      if (isEmptyContact(contact)) {
        skipped.push({ line: card.line, reason: 'The card has no name, email, phone, company or LinkedIn URL.' })
      } else {
        contacts.push(contact)
      }
      card = null
    } else if (card !== null) {
      const property = parseVcardProperty(content)
      if (property !== null) card.properties.push(property)
    }
  }
  if (card !== null) skipped.push(cutOff(card))
  if (records === 0) return { ok: false, error: 'This is not a vCard file: it has no BEGIN:VCARD line.' }
  return { ok: true, value: { format: 'vcard', records, contacts, skipped } }
}
