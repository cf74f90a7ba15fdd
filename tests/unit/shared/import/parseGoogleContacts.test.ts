import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { parseGoogleContacts } from '../../../../shared/import/parseGoogleContacts'
import { errorOf, fixtureText, makeImportedContact, parsed } from './importFixtures'

const header = [
  'First Name',
  'Last Name',
  'Labels',
  'Notes',
  'E-mail 1 - Label',
  'E-mail 1 - Value',
  'E-mail 2 - Label',
  'E-mail 2 - Value',
  'Website 1 - Label',
  'Website 1 - Value',
  'Website 2 - Label',
  'Website 2 - Value',
]
const googleCsv = (rows: Array<Record<string, string>>): string =>
  Papa.unparse({ fields: header, data: rows.map((r) => header.map((h) => r[h] ?? '')) })

describe('parseGoogleContacts, on the Google fixture (current layout)', () => {
  it('reads both people exactly: several values per cell, primary first, labels as tags, a year-less birthday, a multi-line note', () => {
    expect(parsed(parseGoogleContacts(fixtureText('google/contacts.csv')))).toEqual({
      format: 'google',
      records: 2,
      contacts: [
        makeImportedContact({
          line: 2,
          firstName: 'Amara',
          lastName: 'Okafor',
          position: 'Head of Partnerships',
          company: 'Lagos Fintech Hub',
          emails: ['amara@example.ng', 'amara.o@example.com'],
          phones: ['+234 801 234 5678'],
          linkedinUrl: 'https://www.linkedin.com/in/amara-okafor',
          tags: ['Fintech', 'Speakers'],
          notes: 'Met at Africa Fintech Summit 2024',
          birthday: '--04-12',
        }),
        makeImportedContact({
          line: 3,
          firstName: 'Daniel J.',
          lastName: 'Kim',
          position: 'Cardiologist',
          company: 'Seoul National University Hospital',
          emails: ['dan.kim@example.kr'],
          phones: ['+82 2 555 0199', '+82 10 5555 0100'],
          location: '101 Daehak-ro, Seoul',
          tags: ['Health'],
          notes: 'Friend of Sofía; asked about\ndigital health startups',
          birthday: '1984-09-30',
        }),
      ],
      skipped: [],
    })
  })
})

describe('parseGoogleContacts, on the older layout', () => {
  it('reads Given/Family Name, Group Membership, Type columns and numbered organisations; skips an empty row', () => {
    expect(parsed(parseGoogleContacts(fixtureText('google/contacts-legacy.csv')))).toEqual({
      format: 'google',
      records: 3,
      contacts: [
        makeImportedContact({
          line: 2,
          firstName: 'Grace Brewster',
          lastName: 'Hopper',
          position: 'Rear Admiral',
          company: 'US Navy',
          emails: ['grace.hopper@navy.example', 'grace@home.example'],
          phones: ['+1 202 555 0101'],
          linkedinUrl: 'https://www.linkedin.com/in/gracehopper',
          location: 'Arlington, VA, USA',
          tags: ['Navy', 'Compilers'],
          notes: 'Invented the first compiler.\nAsk about COBOL.\n\nCredentials: PhD',
          birthday: '1906-12-09',
        }),
        makeImportedContact({
          line: 6,
          firstName: 'Katherine',
          lastName: 'Johnson',
          emails: ['katherine@example.org'],
          phones: ['+1 757 555 0102', '+1 757 555 0103'],
          location: 'Hampton, Virginia',
          birthday: '--08-26',
        }),
      ],
      skipped: [{ line: 7, reason: 'The row has no name, email, phone, company or LinkedIn URL.' }],
    })
  })
})

describe('parseGoogleContacts, cell by cell', () => {
  it('puts the value marked primary first, when each value of a cell has its own label', () => {
    const csv = googleCsv([
      {
        'First Name': 'Ada',
        'E-mail 1 - Label': 'Home ::: * Work',
        'E-mail 1 - Value': 'a@home.example ::: a@work.example',
      },
    ])

    expect(parsed(parseGoogleContacts(csv)).contacts[0].emails).toEqual(['a@work.example', 'a@home.example'])
  })

  it('drops My Contacts and Starred from the labels and keeps the others as tags', () => {
    const csv = googleCsv([{ 'First Name': 'Ada', Labels: '* myContacts ::: * starred ::: Mentors ::: * Friends' }])

    expect(parsed(parseGoogleContacts(csv)).contacts[0].tags).toEqual(['Mentors', 'Friends'])
  })

  it('takes the LinkedIn URL from whichever website is a LinkedIn profile', () => {
    const csv = googleCsv([
      {
        'First Name': 'Ada',
        'Website 1 - Value': 'https://ada.example ::: https://www.linkedin.com/company/engines',
        'Website 2 - Value': 'https://www.linkedin.com/in/Ada-L/',
      },
    ])

    expect(parsed(parseGoogleContacts(csv)).contacts[0].linkedinUrl).toBe('https://www.linkedin.com/in/ada-l')
  })

  it('counts the lines of a quoted multi-line note, so the next row has its own line', () => {
    const csv = googleCsv([{ 'First Name': 'Ada', Notes: 'one\ntwo\nthree' }, { 'First Name': 'Grace' }])

    expect(parsed(parseGoogleContacts(csv)).contacts.map((c) => [c.line, c.firstName, c.notes])).toEqual([
      [2, 'Ada', 'one\ntwo\nthree'],
      [5, 'Grace', ''],
    ])
  })

  it('drops an email address that is not one, and keeps the person', () => {
    const csv = googleCsv([{ 'First Name': 'Ada', 'E-mail 1 - Value': 'ada at example dot com ::: ADA@Example.COM' }])

    expect(parsed(parseGoogleContacts(csv)).contacts[0].emails).toEqual(['ada@example.com'])
  })

  it('refuses a CSV without Google’s columns', () => {
    expect(errorOf(parseGoogleContacts('Date,Description,Amount\n2024-01-01,Coffee,-3.50\n'))).toBe(
      'This is not a Google Contacts export: no row has its columns (First Name, Labels, ...).',
    )
  })
})
