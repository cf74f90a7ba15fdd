/**
 * The keys that say two records are the same person. Each is a normalised string, so that
 * matching is a map lookup, never a comparison of every record with every other.
 */

/** Lower case, accents dropped, whitespace collapsed: how names and companies are compared. */
export const normaliseText = (text: string): string => {
  // Most names are plain ASCII: skip the (costly) Unicode decomposition for them.
  const letters = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '')
  return letters.toLowerCase().replace(/\s+/g, ' ').trim()
}

/** A person's first and last name, normalised; '' when they have none. */
export const nameKey = (p: { firstName: string; lastName: string }): string =>
  normaliseText(`${p.firstName} ${p.lastName}`)

/** An email address compared without case; '' when blank. */
export const emailKey = (email: string): string => email.trim().toLowerCase()

/** A phone number compared by its digits (and a leading +); '' when it has none. */
export const phoneKey = (phone: string): string => {
  const digits = phone.replace(/[^\d]/g, '')
  return digits ? `${phone.trim().startsWith('+') ? '+' : ''}${digits}` : ''
}

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * A LinkedIn profile address reduced to what identifies the profile (`in/<slug>`, without
 * case), so that `http://linkedin.com/in/Ada/` and `https://www.linkedin.com/in/ada` match.
 * Any other address is kept whole, without scheme, `www.`, query or trailing slash.
 */
export const linkedinKey = (url: string): string => {
  const bare = url
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[?#].*$/, '')
  if (!bare) return ''
  const profile = /^(?:[a-z0-9-]+\.)*linkedin\.com\/in\/([^/]+)/.exec(bare)
  if (profile) return `in/${decode(profile[1])}`
  return bare.replace(/^www\./, '').replace(/\/+$/, '')
}
