import { describe, expect, it } from 'vitest'
import { normaliseLinkedinUrl } from '../../../../shared/import/normaliseLinkedinUrl'

describe('normaliseLinkedinUrl', () => {
  it('keeps a canonical profile URL as it is', () => {
    expect(normaliseLinkedinUrl('https://www.linkedin.com/in/amara-okafor')).toBe(
      'https://www.linkedin.com/in/amara-okafor',
    )
  })

  it('drops the trailing slash, so the same profile written two ways compares equal', () => {
    expect(normaliseLinkedinUrl('https://www.linkedin.com/in/priya-raman-4b1a2c/')).toBe(
      'https://www.linkedin.com/in/priya-raman-4b1a2c',
    )
  })

  it('adds https and www to a bare linkedin.com address and upgrades http', () => {
    expect(normaliseLinkedinUrl('linkedin.com/in/x')).toBe('https://www.linkedin.com/in/x')
    expect(normaliseLinkedinUrl('www.linkedin.com/in/x')).toBe('https://www.linkedin.com/in/x')
    expect(normaliseLinkedinUrl('http://www.linkedin.com/in/x')).toBe('https://www.linkedin.com/in/x')
  })

  it('moves country and mobile sites to www', () => {
    expect(normaliseLinkedinUrl('https://uk.linkedin.com/in/jane-doe')).toBe('https://www.linkedin.com/in/jane-doe')
    expect(normaliseLinkedinUrl('https://m.linkedin.com/in/jane-doe')).toBe('https://www.linkedin.com/in/jane-doe')
  })

  it('lower-cases the slug and the host', () => {
    expect(normaliseLinkedinUrl('HTTPS://WWW.LinkedIn.com/in/Lena-Schmidt-42')).toBe(
      'https://www.linkedin.com/in/lena-schmidt-42',
    )
  })

  it('drops the query and the fragment', () => {
    expect(normaliseLinkedinUrl('https://www.linkedin.com/in/x?trk=people-guest#experience')).toBe(
      'https://www.linkedin.com/in/x',
    )
  })

  it('percent-decodes a slug with accented letters', () => {
    expect(normaliseLinkedinUrl('https://www.linkedin.com/in/j%C3%BCrgen-gro%C3%9F')).toBe(
      'https://www.linkedin.com/in/jürgen-groß',
    )
    expect(normaliseLinkedinUrl('https://www.linkedin.com/in/jürgen')).toBe('https://www.linkedin.com/in/jürgen')
  })

  it('keeps an escape encoded when decoding it would change the address (a slash, a space, a bad escape)', () => {
    expect(normaliseLinkedinUrl('https://www.linkedin.com/in/a%2Fb')).toBe('https://www.linkedin.com/in/a%2fb')
    expect(normaliseLinkedinUrl('https://www.linkedin.com/in/a%20b')).toBe('https://www.linkedin.com/in/a%20b')
    expect(normaliseLinkedinUrl('https://www.linkedin.com/in/a%E9b')).toBe('https://www.linkedin.com/in/a%e9b')
  })

  it('keeps only the profile of a link to one of its pages', () => {
    expect(normaliseLinkedinUrl('https://www.linkedin.com/in/x/details/experience/')).toBe(
      'https://www.linkedin.com/in/x',
    )
  })

  it('keeps a legacy /pub/ profile as it is, on the canonical host', () => {
    expect(normaliseLinkedinUrl('http://uk.linkedin.com/pub/John-Smith/12/345/678/')).toBe(
      'https://www.linkedin.com/pub/john-smith/12/345/678',
    )
  })

  it('gives the empty string for anything that is not a LinkedIn profile', () => {
    for (const notAProfile of [
      '',
      '   ',
      'not a url',
      'https://www.linkedin.com/',
      'https://www.linkedin.com/in/',
      'https://www.linkedin.com/company/acme',
      'https://www.linkedin.com/feed/',
      'https://linkedin.com.evil.example/in/x',
      'https://notlinkedin.com/in/x',
      'ftp://www.linkedin.com/in/x',
      'https://user@www.linkedin.com/in/x',
      'https://lnkd.in/abc',
      'https://github.com/x',
    ]) {
      expect(normaliseLinkedinUrl(notAProfile), notAProfile).toBe('')
    }
  })

  it('gives the same answer for an already normalised URL', () => {
    const once = normaliseLinkedinUrl('http://de.linkedin.com/in/Lena%20Schmidt/?x=1')
    expect(normaliseLinkedinUrl(once)).toBe(once)
  })
})
