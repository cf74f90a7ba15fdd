import { RapportError } from '../../../../shared/api/errors'

/**
 * Whether this process may discover devices at all (LAN and internet): off with `RAPPORT_DISCOVERY=off` or the
 * `--no-discovery` flag (`flag === false`, as the command line parses it); either one wins over every setting.
 * Any other value of the variable than `on` or `off` is refused, so a typo never leaves discovery on unnoticed.
 */
export const discoveryEnabled = (env: Readonly<Record<string, string | undefined>>, flag?: boolean): boolean => {
  const value = env.RAPPORT_DISCOVERY?.trim().toLowerCase()
  if (value !== undefined && value !== '' && value !== 'on' && value !== 'off') {
    throw new RapportError('bad_request', `RAPPORT_DISCOVERY is "${env.RAPPORT_DISCOVERY}"; use "on" or "off".`)
  }
  return value !== 'off' && flag !== false
}
