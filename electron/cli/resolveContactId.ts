import type { RapportClient } from '../../shared/api/client'
import type { Contact } from '../../shared/domain'
import { displayName } from '../../shared/selectors/filterContacts'
import { CliError } from './CliError'

const minimumPrefix = 4

/** Finds a contact by its id or a unique prefix of it (at least four characters), as `git` does with commits. */
export const resolveContact = async (client: RapportClient, idOrPrefix: string): Promise<Contact> => {
  const all = await client.call('contacts.list', { includeArchived: true })
  const exact = all.find((c) => c.id === idOrPrefix)
  if (exact) return exact
  if (idOrPrefix.length < minimumPrefix) throw new CliError(`No contact with id "${idOrPrefix}".`)
  const matches = all.filter((c) => c.id.startsWith(idOrPrefix))
  if (matches.length === 1) return matches[0]
  if (matches.length === 0) throw new CliError(`No contact with id "${idOrPrefix}".`)
  const names = matches.slice(0, 5).map((c) => `${c.id} (${displayName(c)})`)
  throw new CliError(`"${idOrPrefix}" matches ${matches.length} contacts: ${names.join(', ')}. Give more of the id.`)
}
