import type { ExportedContact, ExportV1 } from './exportFormat'
import { escapeVcardText, foldVcardLine } from './vcardLine'

const structured = (...components: string[]): string => components.map(escapeVcardText).join(';')

/** The content lines of one contact's card, before folding. */
const cardLines = (c: ExportedContact): string[] => {
  const fullName = [c.firstName, c.lastName].filter((part) => part !== '').join(' ')
  return [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${escapeVcardText(fullName)}`,
    `N:${structured(c.lastName, c.firstName, '', '', '')}`,
    ...(c.company === '' ? [] : [`ORG:${escapeVcardText(c.company)}`]),
    ...(c.position === '' ? [] : [`TITLE:${escapeVcardText(c.position)}`]),
    ...c.emails.map((e, i) => `EMAIL${i === 0 ? ';PREF=1' : ''}:${escapeVcardText(e)}`),
    ...c.phones.map((p, i) => `TEL${i === 0 ? ';PREF=1' : ''}:${escapeVcardText(p)}`),
    ...(c.linkedinUrl === '' ? [] : [`URL;TYPE=linkedin:${c.linkedinUrl}`]),
    // A free-text location: kept whole as the locality, the one component that reads back as it was.
    ...(c.location === '' ? [] : [`ADR:${structured('', '', '', c.location, '', '', '')}`]),
    ...(c.tags.length === 0 ? [] : [`CATEGORIES:${c.tags.map(escapeVcardText).join(',')}`]),
    ...(c.notes === '' ? [] : [`NOTE:${escapeVcardText(c.notes)}`]),
    `REV:${c.updatedAt.replace(/[-:]|\.\d+/g, '')}`,
    'END:VCARD',
  ]
}

/**
 * The contacts of an export as a vCard 4.0 file (RFC 6350): name, company, title, emails and phones (the first
 * preferred), LinkedIn URL, location, tags as `CATEGORIES` and notes, escaped, folded at 75 octets, CRLF.
 * "What I can offer", stages and interactions stay private to Rapport and are not written.
 */
export const exportVcards = (exported: ExportV1): string =>
  exported.contacts.map((c) => cardLines(c).map(foldVcardLine).join('')).join('')
