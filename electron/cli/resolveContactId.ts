import type { RapportClient } from '../../shared/api/client'
import type { Contact } from '../../shared/domain'
import { normaliseLinkedinUrl } from '../../shared/import/normaliseLinkedinUrl'
import { displayName } from '../../shared/selectors/filterContacts'
import { CliError } from './CliError'

const minimumPrefix = 4

const oneOf = (matches: Contact[], given: string, what: string): Contact => {
  if (matches.length === 1) return matches[0]
  if (matches.length === 0) throw new CliError(`No contact with ${what} "${given}".`)
  const names = matches.slice(0, 5).map((c) => `${c.id} (${displayName(c)})`)
  throw new CliError(`"${given}" matches ${matches.length} contacts: ${names.join(', ')}. Give the id.`)
}

const looksLikeLinkedin = (text: string) => /linkedin\.com\//i.test(text)

/**
 * Finds a contact by its id or a unique prefix of it (at least four characters), as `git` does with commits; or by a
 * LinkedIn profile URL, or an email address.
 */
export const resolveContact = async (client: RapportClient, given: string): Promise<Contact> => {
  const all = await client.call('contacts.list', { includeArchived: true })
  if (looksLikeLinkedin(given)) {
    const url = normaliseLinkedinUrl(given)
    return oneOf(
      all.filter((c) => c.linkedinUrl !== '' && normaliseLinkedinUrl(c.linkedinUrl) === url),
      given,
      'LinkedIn profile',
    )
  }
  if (given.includes('@')) {
    const email = given.trim().toLowerCase()
    return oneOf(
      all.filter((c) => c.emails.some((e) => e.toLowerCase() === email)),
      given,
      'email',
    )
  }
  const exact = all.find((c) => c.id === given)
  if (exact) return exact
  if (given.length < minimumPrefix) throw new CliError(`No contact with id "${given}".`)
  const matches = all.filter((c) => c.id.startsWith(given))
  if (matches.length === 1) return matches[0]
  if (matches.length === 0) throw new CliError(`No contact with id "${given}".`)
  const names = matches.slice(0, 5).map((c) => `${c.id} (${displayName(c)})`)
  throw new CliError(`"${given}" matches ${matches.length} contacts: ${names.join(', ')}. Give more of the id.`)
}
