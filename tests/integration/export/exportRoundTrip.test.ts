import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseImport } from '../../../shared/import/parseImport'
import { startTestRapport } from '../../helpers/startTestRapport'

// Text as people type it: accents, commas, quotes, semicolons, backslashes and line breaks, already trimmed and
// NFC-normalised, as the core and the importer both keep it.
const piece = fc.constantFrom(
  'Zoë',
  'École',
  'Ltd.',
  ',',
  ';',
  '"',
  "'",
  '\\',
  'O’Brien',
  '李',
  'ß',
  'a',
  'B',
  ' ',
  '\n',
)
const text = (maxPieces: number) =>
  fc.array(piece, { maxLength: maxPieces }).map((pieces) =>
    pieces
      .join('')
      .replace(/\s+/g, (s) => (s.includes('\n') ? '\n' : ' '))
      .normalize('NFC')
      .trim(),
  )
const name = text(6).filter((s) => s !== '' && !s.includes('\n'))
const tag = text(3)
  .map((s) => s.replace(/\s+/g, ' '))
  .filter((s) => s !== '')

const contactInput = fc.record({
  firstName: name,
  lastName: text(4).map((s) => s.replace(/\n/g, ' ')),
  company: text(6).map((s) => s.replace(/\n/g, ' ')),
  position: text(4).map((s) => s.replace(/\n/g, ' ')),
  location: text(3).map((s) => s.replace(/\n/g, ' ')),
  notes: text(10),
  emails: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.example$/), { maxLength: 3 }),
  phones: fc.uniqueArray(fc.stringMatching(/^\+[1-9]\d{6,10}$/), { maxLength: 2 }),
  linkedinUrl: fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{2,20}$/), { nil: undefined }),
  tags: fc.uniqueArray(tag, { maxLength: 4, selector: (t) => t.toLocaleLowerCase() }),
  connectedOn: fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), {
    nil: null,
  }),
})

const importedFields = [
  'firstName',
  'lastName',
  'position',
  'company',
  'emails',
  'phones',
  'linkedinUrl',
  'location',
  'tags',
  'notes',
  'connectedOn',
] as const

describe('a JSON export read back by the importer', () => {
  it('gives back every contact field by field, whatever the names, companies and tags hold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(contactInput, { minLength: 1, maxLength: 4 }), async (inputs) => {
        const rapport = await startTestRapport()
        try {
          for (const input of inputs) {
            await rapport.client.call('contacts.create', {
              ...input,
              linkedinUrl: input.linkedinUrl ? `https://www.linkedin.com/in/${input.linkedinUrl}` : '',
              connectedOn: input.connectedOn?.toISOString().slice(0, 10) ?? null,
            })
          }
          const exported = await rapport.client.call('export.json', {})
          const outcome = parseImport(new TextEncoder().encode(JSON.stringify(exported, null, 2)), 'json')
          if (!outcome.ok) throw new Error(outcome.error)
          expect(outcome.value.contacts).toHaveLength(inputs.length)
          outcome.value.contacts.forEach((imported, i) => {
            const original = exported.contacts[i]
            for (const field of importedFields) expect(imported[field], field).toEqual(original[field])
          })
          const summary = (cs: { firstName: string; company: string; tags: string[] }[]) =>
            cs.map((c) => JSON.stringify([c.firstName, c.company, [...c.tags].sort()])).sort()
          expect(summary(outcome.value.contacts)).toEqual(summary(inputs))
        } finally {
          await rapport.stop()
        }
      }),
      { numRuns: 50 },
    )
  }, 120_000)
})
