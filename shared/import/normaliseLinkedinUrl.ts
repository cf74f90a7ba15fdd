const canonicalOrigin = 'https://www.linkedin.com'

// linkedin.com itself, www., the mobile site and country sites (uk., de., ...).
const linkedinHost = /^(?:(?:www|m|mobile|[a-z]{2,3})\.)?linkedin\.com$/

// A decoded slug is only kept when it cannot change the URL's meaning or break the schema's URL check.
const unsafeInSlug = /[\s/?#%\\\p{Cc}]/u

const decodeSegment = (segment: string): string => {
  try {
    const decoded = decodeURIComponent(segment)
    return unsafeInSlug.test(decoded) ? segment : decoded.normalize('NFC')
  } catch {
    return segment
  }
}

const withScheme = (raw: string): string => {
  if (/^https?:\/\//i.test(raw)) return raw
  if (raw.startsWith('//')) return `https:${raw}`
  return /^[a-z0-9.-]*linkedin\.com\//i.test(raw) ? `https://${raw}` : ''
}

const parseUrl = (raw: string): URL | null => {
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

/**
 * The canonical form of a LinkedIn profile URL: `https://www.linkedin.com/in/<slug>`, with the slug lower-cased
 * and percent-decoded where that is safe, and no trailing slash, query or fragment. Legacy `/pub/` profiles keep
 * their path under the canonical host. Returns '' for anything that is not a LinkedIn profile URL.
 */
export const normaliseLinkedinUrl = (raw: string): string => {
  const url = parseUrl(withScheme(raw.trim()))
  if (url === null || !linkedinHost.test(url.hostname) || url.username !== '' || url.port !== '') return ''
  const segments = url.pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeSegment(s).toLowerCase())
  const [kind, slug] = segments
  if (slug === undefined) return ''
  // A profile's sub-pages (`/in/x/details/experience`) and language versions (`/in/x/fr`) name the same person.
  if (kind === 'in') return `${canonicalOrigin}/in/${slug}`
  if (kind === 'pub') return `${canonicalOrigin}/${segments.join('/')}`
  return ''
}
