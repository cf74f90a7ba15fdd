import { describe, expect, it } from 'vitest'
import { toAsciiJson } from '../../../electron/core/transport/toAsciiJson'

const isAscii = (text: string) => [...text].every((char) => char.charCodeAt(0) <= 0x7f)

describe('toAsciiJson', () => {
  const payload = {
    firstName: 'Łukasz',
    lastName: 'Świątek',
    company: 'Café Zürich 東京',
    notes: 'Met at the 🚀 launch — “great” chat\nnext: ☕',
    tags: ['ñandú', 'plain'],
    rank: 'a0',
    count: 3,
    nothing: null,
  }

  it('writes a payload with characters beyond Latin-1 as pure ASCII', () => {
    expect(isAscii(toAsciiJson(payload))).toBe(true)
  })

  it('parses back to exactly the same value', () => {
    expect(JSON.parse(toAsciiJson(payload))).toEqual(payload)
    expect(JSON.parse(toAsciiJson('🚀'))).toBe('🚀')
  })

  it('escapes a character outside the basic plane as its surrogate pair', () => {
    expect(toAsciiJson('🚀')).toBe('"\\ud83d\\ude80"')
    expect(toAsciiJson('Ł')).toBe('"\\u0141"')
  })

  it('leaves ASCII text as JSON.stringify writes it', () => {
    const ascii = { name: 'Ada "the" Lovelace', path: 'a\\b', line: 'one\ntwo' }
    expect(toAsciiJson(ascii)).toBe(JSON.stringify(ascii))
  })
})
