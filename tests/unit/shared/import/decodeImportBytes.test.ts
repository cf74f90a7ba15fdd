import { describe, expect, it } from 'vitest'
import { decodeImportBytes } from '../../../../shared/import/decodeImportBytes'
import { firstInvalidUtf8Offset } from '../../../../shared/import/firstInvalidUtf8Offset'
import { errorOf, fixtureBytes, utf8 } from './importFixtures'

const utf16 = (text: string, order: 'le' | 'be'): Uint8Array => {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i)
    const [high, low] = [unit >> 8, unit & 0xff]
    bytes.set(order === 'le' ? [low, high] : [high, low], 2 + i * 2)
  }
  return bytes
}

describe('decodeImportBytes', () => {
  it('decodes UTF-8 text', () => {
    expect(decodeImportBytes(utf8('Vorname,Nachname\nJürgen,Groß 🚀'))).toEqual({
      ok: true,
      value: 'Vorname,Nachname\nJürgen,Groß 🚀',
    })
  })

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeImportBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('First Name')]))).toEqual({
      ok: true,
      value: 'First Name',
    })
  })

  it('decodes UTF-16 little- and big-endian text that starts with its byte-order mark', () => {
    expect(decodeImportBytes(utf16('Prénom,Nom', 'le'))).toEqual({ ok: true, value: 'Prénom,Nom' })
    expect(decodeImportBytes(utf16('Prénom,Nom', 'be'))).toEqual({ ok: true, value: 'Prénom,Nom' })
  })

  it('refuses text that is not UTF-8, saying where the first bad byte is', () => {
    expect(errorOf(decodeImportBytes(fixtureBytes('other/latin1.csv')))).toBe(
      'The file is not valid UTF-8 text (first bad byte at offset 71). Export it again as UTF-8.',
    )
  })

  it('counts the offset of a bad byte from the start of the file, byte-order mark included', () => {
    expect(errorOf(decodeImportBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xfc])))).toBe(
      'The file is not valid UTF-8 text (first bad byte at offset 4). Export it again as UTF-8.',
    )
  })

  it('refuses a binary file, such as a spreadsheet saved as .xlsx', () => {
    expect(errorOf(decodeImportBytes(fixtureBytes('other/contacts.xlsx')))).toBe(
      'This is not a text file (it may be a spreadsheet, an archive or an image). Choose the .csv or .vcf file from your export, or save a spreadsheet as CSV (UTF-8) first.',
    )
  })

  it('says an empty file is empty, also when it holds only a byte-order mark or blank lines', () => {
    for (const empty of [new Uint8Array([]), new Uint8Array([0xef, 0xbb, 0xbf]), utf8('\r\n\r\n  ')]) {
      expect(errorOf(decodeImportBytes(empty))).toBe('The file is empty.')
    }
  })
})

describe('firstInvalidUtf8Offset', () => {
  it('finds nothing wrong in valid UTF-8, four-byte characters included', () => {
    expect(firstInvalidUtf8Offset(utf8('aé€🚀'))).toBe(-1)
  })

  it('points at the start of a sequence that is cut short, overlong, a surrogate or past U+10FFFF', () => {
    expect(firstInvalidUtf8Offset(new Uint8Array([0x61, 0xc3]))).toBe(1)
    expect(firstInvalidUtf8Offset(new Uint8Array([0x61, 0xc3, 0x41]))).toBe(1)
    expect(firstInvalidUtf8Offset(new Uint8Array([0xc0, 0xaf]))).toBe(0)
    expect(firstInvalidUtf8Offset(new Uint8Array([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2)
    expect(firstInvalidUtf8Offset(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0)
    expect(firstInvalidUtf8Offset(new Uint8Array([0x80]))).toBe(0)
  })
})
