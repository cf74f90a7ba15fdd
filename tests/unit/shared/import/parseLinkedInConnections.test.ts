import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseLinkedInConnections } from '../../../../shared/import/parseLinkedInConnections'
import { errorOf, fixtureText, linkedinCsv, makeImportedContact, parsed } from './importFixtures'

const fixture = () => parsed(parseLinkedInConnections(fixtureText('linkedin/Connections.csv')))
const named = (firstName: string) => fixture().contacts.filter((c) => c.firstName === firstName)

describe('parseLinkedInConnections, on the LinkedIn fixture', () => {
  it('finds the header after the Notes preamble and reads every row but the blank one', () => {
    const { format, records, contacts, skipped } = fixture()

    expect(format).toBe('linkedin')
    expect(records).toBe(14)
    expect(contacts.map((c) => c.line)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19])
    expect(skipped).toEqual([])
  })

  it('returns a person listed twice twice, with the same normalised URL: matching them is the importer’s job', () => {
    const priya = named('Priya')

    expect(priya.map((p) => [p.line, p.linkedinUrl, p.company, p.position])).toEqual([
      [7, 'https://www.linkedin.com/in/priya-raman-4b1a2c', '', ''],
      [15, 'https://www.linkedin.com/in/priya-raman-4b1a2c', 'Stripe', 'Staff Engineer'],
    ])
    expect(new Set(fixture().contacts.map((c) => c.linkedinUrl)).size).toBe(13)
  })

  it('reads a row into every field, the date as YYYY-MM-DD', () => {
    expect(named('Jonas')).toEqual([
      makeImportedContact({
        line: 6,
        firstName: 'Jonas',
        lastName: 'Müller',
        position: 'Director, Hardware Engineering',
        company: 'Kraftwerk Robotics GmbH',
        emails: ['jonas.mueller@example.de'],
        linkedinUrl: 'https://www.linkedin.com/in/jonasmueller',
        connectedOn: '2024-11-03',
      }),
    ])
  })

  it('reads quoted commas and doubled quotes', () => {
    expect(named('Wei')[0].company).toBe('Acme, Inc.')
    expect(named('Mateus')[0].position).toBe('Engineering Manager "Platform"')
  })

  it('takes a credential out of the last name and keeps it in the notes', () => {
    expect(named('Hannah')[0]).toMatchObject({ lastName: 'Lee', notes: 'Credentials: PhD' })
  })

  it('leaves the emails LinkedIn withholds empty', () => {
    expect(fixture().contacts.filter((c) => c.emails.length === 0)).toHaveLength(9)
  })

  it('keeps accents and emoji as they are', () => {
    expect(named('Sofía')[0].lastName).toBe('García López')
    expect(named('Arjun')[0].position).toBe('Founder & CEO 🚀')
  })
})

describe('parseLinkedInConnections, on a German export', () => {
  it('maps German headers and month names, counts lines through a multi-line value, and skips a row with no name or URL', () => {
    expect(parsed(parseLinkedInConnections(fixtureText('linkedin/Connections-de.csv')))).toEqual({
      format: 'linkedin',
      records: 5,
      contacts: [
        makeImportedContact({
          line: 5,
          firstName: 'Lena',
          lastName: 'Schmidt',
          position: 'Projektleiterin',
          company: 'Siemens AG',
          emails: ['lena.schmidt@example.de'],
          linkedinUrl: 'https://www.linkedin.com/in/lena-schmidt-42',
          connectedOn: '2024-11-03',
        }),
        makeImportedContact({
          line: 6,
          firstName: 'Tobias',
          lastName: 'Wagner',
          position: 'Leiter Vertrieb, DACH',
          company: 'Bosch',
          linkedinUrl: 'https://www.linkedin.com/in/tobias-wagner',
          notes: 'Credentials: MBA, PMP',
          connectedOn: '2024-03-03',
        }),
        makeImportedContact({
          line: 7,
          firstName: 'Jana',
          lastName: 'Becker',
          position: 'Portfolio\nManagerin',
          company: 'Allianz "Global" Investors',
          emails: ['jana@example.de'],
          linkedinUrl: 'https://www.linkedin.com/in/jana-becker',
          notes: 'Credentials: CFA',
          connectedOn: '2023-05-15',
        }),
        makeImportedContact({
          line: 11,
          firstName: 'Jürgen',
          lastName: 'Groß',
          position: 'Ingenieur',
          company: 'Deutsche Bahn',
          linkedinUrl: 'https://www.linkedin.com/in/jürgen-groß',
          connectedOn: '2021-02-28',
        }),
      ],
      skipped: [{ line: 10, reason: 'The row has neither a name nor a LinkedIn profile URL.' }],
    })
  })
})

describe('parseLinkedInConnections, on other layouts', () => {
  const row = ['Ada', 'Lovelace', 'https://www.linkedin.com/in/ada', '', 'Analytical Engines', 'Programmer']

  it('reads French, Spanish and Portuguese exports by their header names and month abbreviations', () => {
    const exports = [
      {
        header: ['Prénom', 'Nom', 'URL', 'Adresse e-mail', 'Entreprise', 'Poste', 'Date de connexion'],
        date: '05 févr. 2023',
      },
      {
        header: ['Nombre', 'Apellidos', 'URL', 'Dirección de correo electrónico', 'Empresa', 'Cargo', 'Conexión'],
        date: '05 feb 2023',
      },
      {
        header: ['Nome', 'Sobrenome', 'URL', 'Endereço de e-mail', 'Empresa', 'Cargo', 'Conectado em'],
        date: '05 fev 2023',
      },
    ]
    for (const { header, date } of exports) {
      const { contacts } = parsed(parseLinkedInConnections(linkedinCsv([[...row, date]], { header })))

      expect(contacts, header[0]).toEqual([
        makeImportedContact({
          line: 5,
          firstName: 'Ada',
          lastName: 'Lovelace',
          company: 'Analytical Engines',
          position: 'Programmer',
          linkedinUrl: 'https://www.linkedin.com/in/ada',
          connectedOn: '2023-02-05',
        }),
      ])
    }
  })

  it('maps columns by name, whatever their order', () => {
    const csv = linkedinCsv([['Programmer', '01 Jan 2020', 'Lovelace', 'https://linkedin.com/in/ada', 'Ada']], {
      header: ['Position', 'Connected On', 'Last Name', 'URL', 'First Name'],
    })

    expect(parsed(parseLinkedInConnections(csv)).contacts[0]).toMatchObject({
      firstName: 'Ada',
      lastName: 'Lovelace',
      position: 'Programmer',
      linkedinUrl: 'https://www.linkedin.com/in/ada',
      connectedOn: '2020-01-01',
    })
  })

  it('reads an older export that starts with the header', () => {
    const { contacts } = parsed(parseLinkedInConnections(linkedinCsv([[...row, '01 Jan 2020']], { preamble: '' })))

    expect(contacts.map((c) => [c.line, c.firstName])).toEqual([[2, 'Ada']])
  })

  it('reads LF line ends as well as CRLF', () => {
    const csv = linkedinCsv([[...row, '01 Jan 2020']]).replace(/\r\n/g, '\n')

    expect(parsed(parseLinkedInConnections(csv)).contacts.map((c) => c.line)).toEqual([5])
  })

  it('keeps a row with a URL but no name, and one with a name but no URL', () => {
    const csv = linkedinCsv([
      ['', '', 'https://www.linkedin.com/in/anon', '', '', '', ''],
      ['Grace', 'Hopper', '', '', '', '', ''],
    ])

    expect(parsed(parseLinkedInConnections(csv)).contacts.map((c) => [c.firstName, c.linkedinUrl])).toEqual([
      ['', 'https://www.linkedin.com/in/anon'],
      ['Grace', ''],
    ])
  })

  it('ignores blank rows without counting them', () => {
    const csv = linkedinCsv([
      [...row, ''],
      ['', '', '', '', '', '', ''],
      ['   ', '', '', '', '', '', ''],
    ])

    expect(parsed(parseLinkedInConnections(csv))).toMatchObject({ records: 1, skipped: [] })
  })

  it('leaves a date it cannot read empty, and keeps the row', () => {
    const { contacts } = parsed(parseLinkedInConnections(linkedinCsv([[...row, 'yesterday']])))

    expect(contacts[0].connectedOn).toBeNull()
  })

  it('skips a row whose quoted value never closes, and says the rest of the file went with it', () => {
    const csv = `${linkedinCsv([[...row, '01 Jan 2020']])}Grace,Hopper,,,"Navy,Admiral,01 Jan 2020\r\nAlan,Turing,,,,,\r\n`

    expect(parsed(parseLinkedInConnections(csv))).toMatchObject({
      records: 2,
      skipped: [
        {
          line: 6,
          reason:
            'A quoted value that starts on this line is never closed, so this row and the rest of the file could not be read.',
        },
      ],
    })
  })

  it('refuses a CSV without a LinkedIn header', () => {
    expect(errorOf(parseLinkedInConnections('Date,Description,Amount\n2024-01-01,Coffee,-3.50\n'))).toBe(
      'This is not a LinkedIn connections export: no row has the columns First Name, Last Name and URL.',
    )
  })
})

describe('parseLinkedInConnections, on any values', () => {
  // Letters (lower-case only in last names, so that no credential is split off) and what CSV must quote.
  const tricky = [',', '"', '""', '\n', ' ', ';', 'é', 'ß', '🚀', "'"]
  const text = (letters: string[]) =>
    fc.array(fc.constantFrom(...letters, ...tricky), { maxLength: 12 }).map((chars) => chars.join(''))
  const upper = [...'ABCXYZabcxyz']
  const lower = [...'abcxyz']
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  const person = fc.record({
    firstName: text(upper),
    lastName: text(lower),
    company: text(upper),
    position: text(upper),
    slug: fc.stringMatching(/^[a-z0-9-]{3,20}$/),
    connectedOn: fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
  })

  it('reads back the names, companies and positions of a CSV written by papaparse', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 5 }), (people) => {
        const rows = people.map((p) => [
          p.firstName,
          p.lastName,
          `https://www.linkedin.com/in/${p.slug}`,
          '',
          p.company,
          p.position,
          `${String(p.connectedOn.getUTCDate()).padStart(2, '0')} ${months[p.connectedOn.getUTCMonth()]} ${p.connectedOn.getUTCFullYear()}`,
        ])
        const { contacts } = parsed(parseLinkedInConnections(linkedinCsv(rows)))

        expect(
          contacts.map((c) => [c.firstName, c.lastName, c.company, c.position, c.linkedinUrl, c.connectedOn]),
        ).toEqual(
          people.map((p) => [
            p.firstName.trim(),
            p.lastName.trim(),
            p.company.trim(),
            p.position.trim(),
            `https://www.linkedin.com/in/${p.slug}`,
            p.connectedOn.toISOString().slice(0, 10),
          ]),
        )
      }),
      { numRuns: 300 },
    )
  })
})
