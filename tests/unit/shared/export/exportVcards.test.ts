import { describe, expect, it } from 'vitest'
import { exportVcards } from '../../../../shared/export/exportVcards'
import { escapeVcardText, foldVcardLine } from '../../../../shared/export/vcardLine'
import { parseVcards } from '../../../../shared/import/parseVcards'
import { makeExport, makeExportedContact } from './exportBuilders'

const zoe = makeExportedContact({
  firstName: 'Zoë',
  lastName: 'Dupont',
  company: 'École; Ltd, Paris',
  position: 'Directrice\nR&D',
  emails: ['zoe@ecole.example', 'z@home.example'],
  phones: ['+33 1 23 45 67 89'],
  linkedinUrl: 'https://www.linkedin.com/in/zoe',
  location: 'Paris, France',
  tags: ['ai, ml', 'paris'],
  offer: 'A secret offer',
  notes: 'Back\\slash; semi, comma\nnew line',
})

const parsed = (text: string) => {
  const outcome = parseVcards(text)
  if (!outcome.ok) throw new Error(outcome.error)
  return outcome.value
}

describe('exportVcards', () => {
  it('writes vCard 4.0 cards with CRLF line ends', () => {
    const text = exportVcards(makeExport([zoe]))
    expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\nFN:Zoë Dupont\r\nN:Dupont;Zoë;;;\r\n/)
    expect(text).toContain('EMAIL;PREF=1:zoe@ecole.example\r\nEMAIL:z@home.example\r\n')
    expect(text).toContain('CATEGORIES:ai\\, ml,paris\r\n')
    expect(text.endsWith('END:VCARD\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false)
  })

  it('reads back through our own parser to the same names, work, emails, tags and notes', () => {
    const ada = makeExportedContact({ firstName: 'Ada', lastName: 'Lovelace', emails: ['ada@example.com'] })
    const { contacts } = parsed(exportVcards(makeExport([zoe, ada])))
    expect(contacts).toHaveLength(2)
    expect(contacts[0]).toMatchObject({
      firstName: 'Zoë',
      lastName: 'Dupont',
      company: 'École; Ltd, Paris',
      position: 'Directrice\nR&D',
      emails: ['zoe@ecole.example', 'z@home.example'],
      phones: ['+33 1 23 45 67 89'],
      linkedinUrl: 'https://www.linkedin.com/in/zoe',
      location: 'Paris, France',
      tags: ['ai, ml', 'paris'],
      notes: 'Back\\slash; semi, comma\nnew line',
    })
    expect(contacts[1]).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', emails: ['ada@example.com'] })
  })

  it('keeps what I can offer private', () => {
    expect(exportVcards(makeExport([zoe]))).not.toContain('secret')
  })

  it('folds long lines at 75 octets without splitting a character', () => {
    const notes = 'é'.repeat(200)
    const text = exportVcards(makeExport([makeExportedContact({ firstName: 'Long', notes })]))
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(parsed(text).contacts[0].notes).toBe(notes)
  })
})

describe('vCard text escaping', () => {
  it('escapes backslash, comma, semicolon and line breaks', () => {
    expect(escapeVcardText('a\\b,c;d\r\ne\nf')).toBe('a\\\\b\\,c\\;d\\ne\\nf')
  })

  it('leaves a short line as it is', () => {
    expect(foldVcardLine('FN:Ada')).toBe('FN:Ada\r\n')
  })
})
