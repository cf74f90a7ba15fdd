import { buildImportedContact } from './buildImportedContact'
import { composeName } from './composeName'
import { withCredentialsNote } from './credentialsNote'
import { decodeQuotedPrintable } from './decodeQuotedPrintable'
import type { ImportedContact } from './importedContact'
import { normaliseLinkedinUrl } from './normaliseLinkedinUrl'
import { parseBirthday } from './parseBirthday'
import type { VcardProperty } from './parseVcardProperty'
import { splitEscaped, unescapeVcardText } from './vcardText'

const param = (p: VcardProperty, name: string): string[] => p.params.get(name) ?? []

/** The value with its transfer encoding undone; escapes are still in place. */
const rawValue = (p: VcardProperty): string =>
  param(p, 'ENCODING').some((e) => e.toUpperCase() === 'QUOTED-PRINTABLE')
    ? decodeQuotedPrintable(p.value, param(p, 'CHARSET')[0])
    : p.value

const text = (p: VcardProperty): string => unescapeVcardText(rawValue(p)).trim()

/** The components of a structured value (`N`, `ADR`, `ORG`), each list inside one joined with `listJoin`. */
const components = (p: VcardProperty, listJoin = ' '): string[] =>
  splitEscaped(rawValue(p), ';').map((c) =>
    splitEscaped(c, ',')
      .map((v) => unescapeVcardText(v).trim())
      .filter((v) => v !== '')
      .join(listJoin),
  )

// 4.0's PREF=1..100 (1 is most preferred), 2.1's and 3.0's TYPE=pref; a value without either comes after.
const preference = (p: VcardProperty): number => {
  const pref = Number(param(p, 'PREF')[0])
  if (Number.isInteger(pref) && pref >= 1 && pref <= 100) return pref
  return param(p, 'TYPE').includes('pref') ? 1 : 101
}

const byPreference = (properties: VcardProperty[]): VcardProperty[] =>
  properties
    .map((p, i) => ({ p, i }))
    .sort((a, b) => preference(a.p) - preference(b.p) || a.i - b.i)
    .map((e) => e.p)

/** A readable number from a `tel:` URI (4.0): `tel:+1-555-0100;ext=12` → `+1-555-0100 ext. 12`. */
const phoneNumber = (value: string): string => {
  if (!/^tel:/i.test(value)) return value
  const [number, ...uriParams] = value.slice(4).split(';')
  const extension = uriParams.find((u) => /^ext=/i.test(u))?.slice(4)
  const decode = (s: string): string => {
    try {
      return decodeURIComponent(s)
    } catch {
      return s
    }
  }
  return extension === undefined ? decode(number) : `${decode(number)} ext. ${decode(extension)}`
}

/** A LinkedIn URL from a value that is one, or from a bare profile name when the label says LinkedIn. */
const linkedinFrom = (value: string, saysLinkedin: boolean): string => {
  const url = normaliseLinkedinUrl(value)
  if (url !== '' || !saysLinkedin) return url
  return /^[\p{L}\p{N}_-]{3,100}$/u.test(value) ? `https://www.linkedin.com/in/${value.toLowerCase()}` : ''
}

const linkedinUrlOf = (properties: VcardProperty[]): string => {
  const labels = new Map(
    properties.filter((p) => p.name === 'X-ABLABEL' && p.group !== '').map((p) => [p.group, text(p)]),
  )
  const candidates = byPreference(properties).flatMap((p) => {
    if (p.name === 'URL') return [linkedinFrom(text(p), /linkedin/i.test(labels.get(p.group) ?? ''))]
    if (p.name !== 'X-SOCIALPROFILE') return []
    const saysLinkedin = param(p, 'TYPE').includes('linkedin')
    return [linkedinFrom(text(p), saysLinkedin), linkedinFrom(param(p, 'X-USER')[0] ?? '', saysLinkedin)]
  })
  return candidates.find((url) => url !== '') ?? ''
}

const birthdayOf = (p: VcardProperty | undefined): string | null => {
  if (p === undefined) return null
  const birthday = parseBirthday(text(p))
  // Apple writes a birthday without a year as `X-APPLE-OMIT-YEAR=1604:1604-05-21`.
  const omittedYear = param(p, 'X-APPLE-OMIT-YEAR')[0]
  return birthday !== null && omittedYear !== undefined && birthday.startsWith(`${omittedYear}-`)
    ? `--${birthday.slice(5)}`
    : birthday
}

/**
 * The contact one vCard describes (2.1, 3.0 or 4.0): `N` for the name (else `FN`, split at its last word), the
 * first `ORG` component as the company, `TITLE` (else `ROLE`) as the position, emails and phones the preferred
 * first, a LinkedIn URL from `URL`s (Apple's `itemN.` labels included) or `X-SOCIALPROFILE`, the preferred `ADR`'s
 * locality, region and country as the location, `BDAY`, `NOTE` and `CATEGORIES` as tags.
 */
export const vcardToContact = (line: number, properties: VcardProperty[]): ImportedContact => {
  const all = (name: string): VcardProperty[] => byPreference(properties.filter((p) => p.name === name))
  const first = (name: string): VcardProperty | undefined => all(name)[0]
  const n = first('N')
  const [family = '', given = '', additional = ''] = n === undefined ? [] : components(n)
  const suffix = n === undefined ? '' : (components(n, ', ')[4] ?? '')
  const fn = first('FN')
  const name = composeName({ given, middle: additional, family, suffix, fullName: fn === undefined ? '' : text(fn) })
  const org = first('ORG')
  const title = first('TITLE') ?? first('ROLE')
  const adr = first('ADR')
  const [, , , locality = '', region = '', , country = ''] = adr === undefined ? [] : components(adr, ', ')
  return buildImportedContact(line, {
    firstName: name.firstName,
    lastName: name.lastName,
    company: org === undefined ? '' : (components(org)[0] ?? ''),
    position: title === undefined ? '' : text(title),
    emails: all('EMAIL').map(text),
    phones: all('TEL').map((p) => phoneNumber(text(p))),
    linkedinUrl: linkedinUrlOf(properties),
    location: [locality, region, country].filter((part) => part !== '').join(', '),
    tags: all('CATEGORIES').flatMap((p) => splitEscaped(rawValue(p), ',').map(unescapeVcardText)),
    notes: withCredentialsNote(
      properties
        .filter((p) => p.name === 'NOTE')
        .map(text)
        .join('\n\n'),
      name.credentials,
    ),
    birthday: birthdayOf(first('BDAY')),
  })
}
