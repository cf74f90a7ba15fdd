import { describe, expect, it } from 'vitest'
import { parseVcards } from '../../../../shared/import/parseVcards'
import { errorOf, fixtureBytes, fixtureText, makeImportedContact, parsed } from './importFixtures'

/** One vCard with the given property lines, CRLF line ends. */
const vcard = (version: string, ...lines: string[]): string =>
  ['BEGIN:VCARD', `VERSION:${version}`, ...lines, 'END:VCARD', ''].join('\r\n')
const only = (text: string) => {
  const { contacts } = parsed(parseVcards(text))
  expect(contacts).toHaveLength(1)
  return contacts[0]
}

describe('parseVcards, on the vCard fixture', () => {
  it('reads a 3.0, a 4.0 and a 2.1 card exactly', () => {
    expect(parsed(parseVcards(fixtureText('vcard/contacts.vcf')))).toEqual({
      format: 'vcard',
      records: 3,
      contacts: [
        makeImportedContact({
          line: 1,
          firstName: 'Yuki',
          lastName: 'Tanaka',
          position: 'UX Researcher',
          company: 'Sony',
          emails: ['yuki.tanaka@example.jp'],
          phones: ['+81 90 1234 5678'],
          linkedinUrl: 'https://www.linkedin.com/in/yuki-tanaka-jp',
          tags: ['Design', 'Research'],
          notes:
            'Met at CHI 2023, Hamburg. Interested in accessibility research; introduced me to the Sony design team.',
          birthday: '--05-21',
        }),
        makeImportedContact({
          line: 16,
          firstName: 'Chloé',
          lastName: 'Dubois',
          position: 'Head of Design',
          company: 'Doctolib',
          emails: ['chloe@example.fr'],
          phones: ['+33-6-12-34-56-78'],
          linkedinUrl: 'https://www.linkedin.com/in/chloe-dubois-paris',
          location: 'Paris, France',
        }),
        makeImportedContact({
          line: 27,
          firstName: 'Mateus',
          lastName: 'Silva',
          company: 'Nubank',
          notes: 'Conversa sobre plataforma é engenharia',
        }),
      ],
      skipped: [],
    })
  })
})

describe('parseVcards, on a vCard 2.1 in ISO-8859-1 quoted-printable', () => {
  it('decodes the charset, joins soft line breaks, keeps hard ones and puts the PREF phone first', () => {
    expect(parsed(parseVcards(fixtureText('vcard/latin1-quoted-printable.vcf'))).contacts).toEqual([
      makeImportedContact({
        line: 1,
        firstName: 'Jürgen',
        lastName: 'Müller',
        position: 'Bauleiter',
        company: 'Straßenbau München',
        emails: ['juergen@example.de'],
        phones: ['+49 170 7654321', '+49 89 1234567'],
        location: 'München, Bayern, Deutschland',
        notes: 'Trifft sich gern zum Frühstück.\nZweite Zeile: Grüße aus Köln und Umgebung.',
        birthday: '1970-03-15',
      }),
    ])
  })

  it('is written in plain ASCII, as 2.1 writers do', () => {
    expect(fixtureBytes('vcard/latin1-quoted-printable.vcf').every((b) => b < 0x80)).toBe(true)
  })
})

describe('parseVcards, on a truncated file', () => {
  it('reads the whole cards and skips the cut-off last one with its line', () => {
    expect(parsed(parseVcards(fixtureText('vcard/truncated.vcf')))).toEqual({
      format: 'vcard',
      records: 2,
      contacts: [makeImportedContact({ line: 1, firstName: 'Ada', lastName: 'Lovelace', emails: ['ada@example.com'] })],
      skipped: [{ line: 7, reason: 'The card is cut off (no END:VCARD).' }],
    })
  })

  it('skips a card that another BEGIN:VCARD interrupts', () => {
    const text = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half Card\r\n${vcard('3.0', 'FN:Whole Card')}`

    expect(parsed(parseVcards(text))).toMatchObject({
      records: 2,
      contacts: [{ line: 4, firstName: 'Whole', lastName: 'Card' }],
      skipped: [{ line: 1, reason: 'The card is cut off (no END:VCARD).' }],
    })
  })
})

describe('parseVcards, property by property', () => {
  it('unfolds a 3.0 or 4.0 line by dropping the line break and one space or tab', () => {
    expect(only(vcard('3.0', 'FN:Ada Lovelace', 'NOTE:Analyt', ' ical\r\n\tEngine')).notes).toBe('AnalyticalEngine')
  })

  it('unfolds a 2.1 line keeping the whitespace it was folded at', () => {
    expect(only(vcard('2.1', 'FN:Ada Lovelace', 'NOTE:Analytical', ' Engine')).notes).toBe('Analytical Engine')
  })

  it('reads LF line ends as well as CRLF', () => {
    expect(only(vcard('3.0', 'FN:Ada Lovelace', 'NOTE:one', ' two').replace(/\r\n/g, '\n')).notes).toBe('onetwo')
  })

  it('resolves the escapes \\, \\; \\n and \\\\', () => {
    expect(only(vcard('3.0', 'FN:Ada', 'NOTE:a\\, b\\; c\\nd\\\\e')).notes).toBe('a, b; c\nd\\e')
  })

  it('uses N for the name and keeps escaped commas and semicolons inside its parts', () => {
    expect(only(vcard('4.0', 'FN:ignored', 'N:Lovelace\\, Countess;Augusta;Ada,Byron;Lady;'))).toMatchObject({
      firstName: 'Augusta Ada Byron',
      lastName: 'Lovelace, Countess',
    })
  })

  it('falls back to splitting FN when N is missing or empty', () => {
    expect(only(vcard('3.0', 'N:;;;;', 'FN:Ada King Lovelace'))).toMatchObject({
      firstName: 'Ada King',
      lastName: 'Lovelace',
    })
  })

  it('puts preferred emails first: 4.0 PREF=1 before PREF=2, 3.0 TYPE=pref before the rest', () => {
    expect(
      only(vcard('4.0', 'FN:Ada', 'EMAIL;PREF=2:b@x.example', 'EMAIL:c@x.example', 'EMAIL;PREF=1:a@x.example')).emails,
    ).toEqual(['a@x.example', 'b@x.example', 'c@x.example'])
    expect(
      only(vcard('3.0', 'FN:Ada', 'EMAIL;TYPE=INTERNET:b@x.example', 'EMAIL;TYPE=INTERNET,PREF:a@x.example')).emails,
    ).toEqual(['a@x.example', 'b@x.example'])
  })

  it('reads a 4.0 tel: URI as a readable number', () => {
    expect(only(vcard('4.0', 'FN:Ada', 'TEL;VALUE=uri;TYPE="work,voice":tel:+1-555-555-0100;ext=42')).phones).toEqual([
      '+1-555-555-0100 ext. 42',
    ])
  })

  it('takes the first ORG component as the company, and ROLE when there is no TITLE', () => {
    expect(only(vcard('3.0', 'FN:Ada', 'ORG:Analytical Engines;Research', 'ROLE:Programmer'))).toMatchObject({
      company: 'Analytical Engines',
      position: 'Programmer',
    })
    expect(only(vcard('3.0', 'FN:Ada', 'ROLE:Programmer', 'TITLE:Countess')).position).toBe('Countess')
  })

  it('joins the locality, region and country of the preferred address', () => {
    const ada = only(
      vcard('3.0', 'FN:Ada', 'ADR;TYPE=home:;;1 Main St;Springfield;IL;62701;USA', 'ADR;TYPE=work,pref:;;;London;;;UK'),
    )

    expect(ada.location).toBe('London, UK')
  })

  it('reads BDAY as --MMDD, --MM-DD, YYYYMMDD and YYYY-MM-DD, and Apple’s omitted year', () => {
    const birthday = (value: string) => only(vcard('4.0', 'FN:Ada', value)).birthday

    expect(birthday('BDAY:--1210')).toBe('--12-10')
    expect(birthday('BDAY:--12-10')).toBe('--12-10')
    expect(birthday('BDAY:18151210')).toBe('1815-12-10')
    expect(birthday('BDAY:1815-12-10')).toBe('1815-12-10')
    expect(birthday('BDAY;X-APPLE-OMIT-YEAR=1604:1604-12-10')).toBe('--12-10')
    expect(birthday('BDAY;VALUE=text:circa 1815')).toBeNull()
  })

  it('reads CATEGORIES as tags, keeping an escaped comma inside a tag', () => {
    expect(only(vcard('3.0', 'FN:Ada', 'CATEGORIES:Maths,Poetry\\, Science', 'CATEGORIES:maths')).tags).toEqual([
      'Maths',
      'Poetry, Science',
    ])
  })

  it('takes a LinkedIn URL from an Apple itemN.URL whose label says LinkedIn, even as a bare profile name', () => {
    const ada = only(vcard('3.0', 'FN:Ada', 'item2.URL:ada-lovelace', 'item2.X-ABLabel:LinkedIn'))

    expect(ada.linkedinUrl).toBe('https://www.linkedin.com/in/ada-lovelace')
  })

  it('ignores other labelled URLs', () => {
    const ada = only(vcard('3.0', 'FN:Ada', 'item1.URL:https://ada.example', 'item1.X-ABLabel:Blog'))

    expect(ada.linkedinUrl).toBe('')
  })

  it('takes a LinkedIn URL from X-SOCIALPROFILE, or from its x-user name', () => {
    expect(
      only(vcard('3.0', 'FN:Ada', 'X-SOCIALPROFILE;type=linkedin:http://www.linkedin.com/in/ada-l')).linkedinUrl,
    ).toBe('https://www.linkedin.com/in/ada-l')
    expect(only(vcard('3.0', 'FN:Ada', 'X-SOCIALPROFILE;type=linkedin;x-user=ada-l:x-apple:ada-l')).linkedinUrl).toBe(
      'https://www.linkedin.com/in/ada-l',
    )
  })

  it('decodes UTF-8 quoted-printable with a bare 2.1 parameter and hard line breaks', () => {
    const note = 'NOTE;CHARSET=UTF-8;QUOTED-PRINTABLE:Caf=C3=A9=0D=0A=\r\nzweite Zeile'

    expect(only(vcard('2.1', 'FN:Ada', note)).notes).toBe('Café\nzweite Zeile')
  })

  it('ignores unknown properties and lines outside cards', () => {
    const text = `junk before\r\n${vcard('3.0', 'FN:Ada', 'X-UNKNOWN;FOO=bar:baz', 'PHOTO;ENCODING=b;TYPE=JPEG:AAAA')}junk after`

    expect(parsed(parseVcards(text))).toEqual({
      format: 'vcard',
      records: 1,
      contacts: [makeImportedContact({ line: 2, firstName: 'Ada' })],
      skipped: [],
    })
  })

  it('skips a card with nothing to know the person by', () => {
    expect(parsed(parseVcards(vcard('3.0', 'NOTE:just a note'))).skipped).toEqual([
      { line: 1, reason: 'The card has no name, email, phone, company or LinkedIn URL.' },
    ])
  })

  it('refuses a file with no card', () => {
    expect(errorOf(parseVcards('First Name,Last Name\n'))).toBe('This is not a vCard file: it has no BEGIN:VCARD line.')
  })
})
