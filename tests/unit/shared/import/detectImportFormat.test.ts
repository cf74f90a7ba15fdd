import { describe, expect, it } from 'vitest'
import { detectImportFormat } from '../../../../shared/import/detectImportFormat'
import { fixtureText } from './importFixtures'

describe('detectImportFormat', () => {
  it('recognises each fixture from its content', () => {
    expect(detectImportFormat(fixtureText('linkedin/Connections.csv'))).toBe('linkedin')
    expect(detectImportFormat(fixtureText('linkedin/Connections-de.csv'))).toBe('linkedin')
    expect(detectImportFormat(fixtureText('google/contacts.csv'))).toBe('google')
    expect(detectImportFormat(fixtureText('google/contacts-legacy.csv'))).toBe('google')
    expect(detectImportFormat(fixtureText('vcard/contacts.vcf'))).toBe('vcard')
    expect(detectImportFormat(fixtureText('vcard/latin1-quoted-printable.vcf'))).toBe('vcard')
    expect(detectImportFormat(fixtureText('json/rapport-export.json'))).toBe('json')
  })

  it('recognises a LinkedIn export saved again by a spreadsheet with semicolons', () => {
    expect(detectImportFormat('Vorname;Nachname;URL;E-Mail-Adresse;Unternehmen;Position;Verbunden am\r\n')).toBe(
      'linkedin',
    )
  })

  it('recognises a vCard file with a blank line or junk before its first card', () => {
    expect(detectImportFormat('\r\nbegin:vcard\r\nVERSION:3.0\r\nEND:VCARD\r\n')).toBe('vcard')
    expect(detectImportFormat('exported by PhoneTool\r\nBEGIN:VCARD\r\nEND:VCARD\r\n')).toBe('vcard')
  })

  it('recognises nothing else', () => {
    expect(detectImportFormat(fixtureText('other/bank-statement.csv'))).toBeNull()
    expect(detectImportFormat('{"bookmarks": []}')).toBeNull()
    expect(detectImportFormat('Just some notes.\nNothing to import.')).toBeNull()
    expect(detectImportFormat('First Name,Last Name,E-mail Address,Business Phone\n')).toBeNull()
  })
})
