import type { RapportClient } from '../../shared/api/client'
import type { DeviceRow } from '../../shared/api/syncResults'
import { CliError } from './CliError'

const minimumPrefix = 4

/** Without dashes and spaces, in lower case, with the letters Crockford base32 reads as digits (O, I, L) as them. */
const plain = (text: string) =>
  text
    .replace(/[\s-]+/g, '')
    .toLowerCase()
    .replace(/o/g, '0')
    .replace(/[il]/g, '1')

/**
 * Finds a paired device by its id, its fingerprint (dashes optional), or a unique prefix of either of at least four
 * characters (`rapport serve` logs the fingerprint's first group: "7KQ2-…").
 */
export const resolveDevice = async (client: RapportClient, given: string): Promise<DeviceRow> => {
  const wanted = plain(given)
  const all = await client.call('devices.list', {})
  const exact = all.find((d) => d.id === wanted || plain(d.fingerprint) === wanted)
  if (exact) return exact
  const matches =
    wanted.length < minimumPrefix
      ? []
      : all.filter((d) => d.id.startsWith(wanted) || plain(d.fingerprint).startsWith(wanted))
  if (matches.length === 1) return matches[0]
  if (matches.length === 0) throw new CliError(`No device with id or fingerprint "${given}". See \`rapport devices\`.`)
  const names = matches.slice(0, 5).map((d) => `${d.fingerprint} (${d.name})`)
  throw new CliError(`"${given}" matches ${matches.length} devices: ${names.join(', ')}. Give more of the id.`)
}
