import { describe, expect, it } from 'vitest'
import { parseBirthday } from '../../../../shared/import/parseBirthday'
import { parseConnectedOn } from '../../../../shared/import/parseConnectedOn'

describe('parseConnectedOn', () => {
  it('reads LinkedIn’s English DD Mon YYYY', () => {
    expect(parseConnectedOn('14 Feb 2025')).toBe('2025-02-14')
    expect(parseConnectedOn('5 Sept 2019')).toBe('2019-09-05')
  })

  it('reads German month abbreviations, with or without a dot', () => {
    expect(parseConnectedOn('03 Nov. 2024')).toBe('2024-11-03')
    expect(parseConnectedOn('03 Mär 2024')).toBe('2024-03-03')
    expect(parseConnectedOn('15 Mai 2023')).toBe('2023-05-15')
    expect(parseConnectedOn('01 Okt. 2022')).toBe('2022-10-01')
    expect(parseConnectedOn('24 Dez. 2021')).toBe('2021-12-24')
    expect(parseConnectedOn('3. Juni 2020')).toBe('2020-06-03')
  })

  it('reads French, Spanish and Portuguese month abbreviations', () => {
    expect(parseConnectedOn('05 févr. 2023')).toBe('2023-02-05')
    expect(parseConnectedOn('14 juil. 2023')).toBe('2023-07-14')
    expect(parseConnectedOn('15 août 2023')).toBe('2023-08-15')
    expect(parseConnectedOn('10 ene 2022')).toBe('2022-01-10')
    expect(parseConnectedOn('24 dic 2022')).toBe('2022-12-24')
    expect(parseConnectedOn('01 set 2021')).toBe('2021-09-01')
    expect(parseConnectedOn('12 out 2021')).toBe('2021-10-12')
  })

  it('reads an ISO date as it is', () => {
    expect(parseConnectedOn('2024-02-29')).toBe('2024-02-29')
  })

  it('gives null for an empty value, an unknown or ambiguous month, and a day that does not exist', () => {
    for (const notADate of ['', 'yesterday', '01 Foo 2020', '01 Ju 2020', '30 Feb 2023', '2023-02-30', '14/02/2025']) {
      expect(parseConnectedOn(notADate), notADate).toBeNull()
    }
  })
})

describe('parseBirthday', () => {
  it('reads a full date with or without dashes, ignoring a time after it', () => {
    expect(parseBirthday('1984-09-30')).toBe('1984-09-30')
    expect(parseBirthday('19840930')).toBe('1984-09-30')
    expect(parseBirthday('1984-09-30T00:00:00Z')).toBe('1984-09-30')
  })

  it('keeps a birthday without a year as --MM-DD, 29 February included', () => {
    expect(parseBirthday('--04-12')).toBe('--04-12')
    expect(parseBirthday('--0412')).toBe('--04-12')
    expect(parseBirthday('--02-29')).toBe('--02-29')
  })

  it('gives null for anything else', () => {
    for (const notADate of ['', 'circa 1800', '--13-01', '--02-30', '1984-02-30', '30.09.1984']) {
      expect(parseBirthday(notADate), notADate).toBeNull()
    }
  })
})
