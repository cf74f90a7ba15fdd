import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { parseImport } from '../../../../shared/import/parseImport'
import { errorOf, fixtureBytes, linkedinCsv, makeImportedContact, parsed, utf8 } from './importFixtures'

const linkedinRow = (overrides: Partial<Record<'first' | 'last' | 'email' | 'company' | 'position', string>> = {}) => [
  overrides.first ?? 'Ada',
  overrides.last ?? 'Lovelace',
  'https://www.linkedin.com/in/ada',
  overrides.email ?? '',
  overrides.company ?? '',
  overrides.position ?? '',
  '',
]

describe('parseImport', () => {
  it('decodes, detects and parses each kind of export', () => {
    expect(parsed(parseImport(fixtureBytes('linkedin/Connections.csv'))).format).toBe('linkedin')
    expect(parsed(parseImport(fixtureBytes('google/contacts.csv'))).format).toBe('google')
    expect(parsed(parseImport(fixtureBytes('vcard/contacts.vcf'))).format).toBe('vcard')
    expect(parsed(parseImport(fixtureBytes('json/rapport-export.json'))).format).toBe('json')
  })

  it('uses the format it is given instead of guessing', () => {
    expect(errorOf(parseImport(fixtureBytes('google/contacts.csv'), 'linkedin'))).toBe(
      'This is not a LinkedIn connections export: no row has the columns First Name, Last Name and URL.',
    )
  })

  it('reads a file with a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...fixtureBytes('linkedin/Connections.csv')])

    expect(parsed(parseImport(bytes)).contacts).toHaveLength(14)
  })

  it('reads a LinkedIn export that Excel saved as UTF-16 tab-separated text', () => {
    const text = linkedinCsv([linkedinRow({ company: 'Engines, Looms' })], { delimiter: '\t' })
    const bytes = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ])

    expect(parsed(parseImport(bytes)).contacts.map((c) => [c.line, c.firstName, c.company])).toEqual([
      [5, 'Ada', 'Engines, Looms'],
    ])
  })

  it('reads a LinkedIn export that a spreadsheet saved again with semicolons', () => {
    const csv = linkedinCsv([linkedinRow({ company: 'Engines; Looms' })], { delimiter: ';' })

    expect(parsed(parseImport(utf8(csv))).contacts[0]).toMatchObject({ firstName: 'Ada', company: 'Engines; Looms' })
  })

  it('passes on why the bytes cannot be read', () => {
    expect(errorOf(parseImport(fixtureBytes('other/latin1.csv')))).toBe(
      'The file is not valid UTF-8 text (first bad byte at offset 71). Export it again as UTF-8.',
    )
    expect(errorOf(parseImport(new Uint8Array([])))).toBe('The file is empty.')
  })

  it('names the columns of a CSV that is some other kind of file', () => {
    expect(errorOf(parseImport(fixtureBytes('other/bank-statement.csv')))).toBe(
      'This file is not a LinkedIn, Google Contacts or vCard export (its columns are: Date, Description, Amount, Balance).',
    )
  })

  it('says what it reads when the file is not a CSV either', () => {
    expect(errorOf(parseImport(utf8('Just some notes.')))).toBe(
      'This file is not a LinkedIn, Google Contacts, vCard or Rapport export.',
    )
  })

  it('cuts a 100 KB field to the 500 characters a field holds, and keeps the person', () => {
    const huge = 'x'.repeat(100_000)
    const { contacts, skipped } = parsed(parseImport(utf8(linkedinCsv([linkedinRow({ company: huge })]))))

    expect(skipped).toEqual([])
    expect(contacts[0].company).toBe('x'.repeat(500))
  })

  it('cuts notes at 100,000 characters without splitting an emoji', () => {
    const vcf = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nNOTE:${'a'.repeat(99_999)}🚀🚀\r\nEND:VCARD\r\n`

    expect(parsed(parseImport(utf8(vcf))).contacts[0].notes).toBe('a'.repeat(99_999))
  })

  it('trims every value and lower-cases emails', () => {
    const { contacts } = parsed(
      parseImport(
        utf8(linkedinCsv([linkedinRow({ first: '  Ada ', email: ' ADA@Example.COM ', position: ' Poet\n' })])),
      ),
    )

    expect(contacts[0]).toEqual(
      makeImportedContact({
        line: 5,
        firstName: 'Ada',
        lastName: 'Lovelace',
        position: 'Poet',
        emails: ['ada@example.com'],
        linkedinUrl: 'https://www.linkedin.com/in/ada',
      }),
    )
  })

  it('drops an email that is not an address and keeps the row', () => {
    const { contacts } = parsed(parseImport(utf8(linkedinCsv([linkedinRow({ email: 'ada(at)example.com' })]))))

    expect(contacts).toHaveLength(1)
    expect(contacts[0].emails).toEqual([])
  })

  it('de-duplicates tags, ignoring case, and cuts them to 60 characters', () => {
    const long = 'T'.repeat(80)
    const csv = Papa.unparse([
      ['First Name', 'Labels'],
      ['Ada', `Maths ::: maths ::: ${long} ::: MATHS ::: Poetry`],
    ])
    const { contacts } = parsed(parseImport(utf8(csv)))

    expect(contacts[0].tags).toEqual(['Maths', 'T'.repeat(60), 'Poetry'])
  })

  it('maps a Rapport export’s contacts, with the line each starts on', () => {
    const { related, ...value } = parsed(parseImport(fixtureBytes('json/rapport-export.json')))
    const common = value.contacts.map((contact) => {
      const copy = { ...contact }
      delete copy.exported
      return copy
    })

    expect(related?.stages.map((s) => s.name)).toEqual(['Connected', 'Champion'])
    expect({ ...value, contacts: common }).toEqual({
      format: 'json',
      records: 2,
      contacts: [
        makeImportedContact({
          line: 19,
          firstName: 'Ada',
          lastName: 'Lovelace',
          position: 'Mathematician',
          company: 'Analytical Engines',
          emails: ['ada@example.com'],
          phones: ['+44 20 7946 0000'],
          linkedinUrl: 'https://www.linkedin.com/in/ada',
          location: 'London',
          tags: ['maths', 'poetry'],
          notes: 'Wrote the first program.\nLikes Bernoulli numbers.',
          connectedOn: '2024-03-01',
        }),
        makeImportedContact({
          line: 53,
          firstName: 'Charles',
          lastName: 'Babbage',
          company: 'Difference Engines',
          tags: ['engines'],
        }),
      ],
      skipped: [],
    })
  })
})
