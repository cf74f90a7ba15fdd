import type { Handlers } from '../../../shared/api/dispatcher'
import { RapportError } from '../../../shared/api/errors'

const syncCommands = [
  'devices.list',
  'devices.rename',
  'devices.remove',
  'devices.addAddress',
  'pair.invite',
  'pair.join',
  'sync.settings',
  'sync.setSettings',
] as const

/** The sync commands of a core that runs no sync peer: each says so. */
export const syncHandlers = (): Pick<Handlers, (typeof syncCommands)[number]> =>
  Object.fromEntries(
    syncCommands.map((name) => [
      name,
      async () => {
        throw new RapportError('unavailable', 'Sync is not running in this process.')
      },
    ]),
  ) as unknown as Pick<Handlers, (typeof syncCommands)[number]>
