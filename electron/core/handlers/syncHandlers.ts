import fs from 'node:fs/promises'
import path from 'node:path'
import type { Handlers } from '../../../shared/api/dispatcher'
import { RapportError } from '../../../shared/api/errors'
import { syncNotRunningMessage } from '../../../shared/api/syncNotRunning'
import type { DeviceRow } from '../../../shared/api/syncResults'
import { removeDevice } from '../../../shared/mutators/removeDevice'
import { renameDevice } from '../../../shared/mutators/renameDevice'
import { readDevices } from '../../../shared/schema/readDevices'
import type { CoreContext } from './CoreContext'

type SyncHandlers = Pick<
  Handlers,
  | 'devices.list'
  | 'devices.subscribe'
  | 'devices.unsubscribe'
  | 'devices.rename'
  | 'devices.remove'
  | 'devices.addAddress'
  | 'pair.invite'
  | 'pair.join'
  | 'sync.settings'
  | 'sync.setSettings'
>

const notRunning = () =>
  new RapportError(
    'unavailable',
    `${syncNotRunningMessage} Start the app or \`rapport serve\` on this data folder to sync.`,
  )

/**
 * This device's id from its key file (`deviceKeyFile`), without making a key (a process that does not sync), and
 * without loading the sync libraries (a one-shot command), or null.
 */
const deviceIdOnDisk = async (dataDir: string): Promise<string | null> => {
  try {
    const file = path.join(dataDir, 'device-key.json')
    const { publicKey } = JSON.parse(await fs.readFile(file, 'utf8')) as { publicKey?: unknown }
    return typeof publicKey === 'string' && /^[0-9a-f]{64}$/.test(publicKey) ? publicKey : null
  } catch {
    return null
  }
}

/**
 * The devices, pairing and this device's sync settings (docs/sync.md). Without a sync peer in this process (a
 * one-shot command), the device list still reads (every device offline, with the observations `sync-state.json` keeps), renaming and removing a device still
 * change the workspace (every device applies them once they sync), and the rest says sync is not running.
 */
export const syncHandlers = (ctx: CoreContext): SyncHandlers => {
  const rowsWithoutPeer = async (): Promise<DeviceRow[]> => {
    // Loaded only when asked, so that one-shot commands do not load the sync libraries.
    const [{ deviceRows }, { readSyncState }] = await Promise.all([
      import('../sync/deviceRows'),
      import('../sync/SyncStateFile'),
    ])
    // This device's observations, as the last peer on this data folder left them (a damaged file reads as none).
    const observations = (await readSyncState(ctx.vault.dataDir)).devices
    return deviceRows(
      readDevices(ctx.vault.workspace.doc()).filter((d) => d.removedAt === null),
      {
        thisDevice: await deviceIdOnDisk(ctx.vault.dataDir),
        observed: (id) => observations[id] ?? { lastSeenAt: null, lastSyncedAt: null, addresses: [] },
        state: () => 'offline',
        now: ctx.now(),
      },
    )
  }
  const rows = async () => ctx.sync?.rows() ?? (await rowsWithoutPeer())
  const row = async (id: string) => {
    const found = (await rows()).find((r) => r.id === id)
    if (!found) throw new RapportError('not_found', `No paired device has the id ${id}.`)
    return found
  }
  const runtime = () => {
    if (!ctx.sync) throw notRunning()
    return ctx.sync
  }
  return {
    'devices.list': rows,

    async 'devices.subscribe'(_input, session) {
      // Without a sync peer nothing changes the list but this process's own calls, so there is nothing to push.
      ctx.sync?.followDevices(session)
      return rows()
    },

    async 'devices.unsubscribe'(_input, session) {
      ctx.sync?.unfollowDevices(session)
      return null
    },

    async 'devices.rename'({ id, name }) {
      // This device's own name is also its setting (the name it gives itself when it joins a vault).
      if (ctx.sync?.deviceId === id) await ctx.sync.setSettings({ deviceName: name })
      else await ctx.changeWorkspace((doc) => renameDevice(doc, { id, name }))
      return row(id)
    },

    async 'devices.remove'({ id }) {
      const thisDeviceId = ctx.sync?.deviceId ?? (await deviceIdOnDisk(ctx.vault.dataDir)) ?? ''
      await ctx.changeWorkspace((doc) => removeDevice(doc, { id, thisDeviceId, now: ctx.now() }))
      ctx.sync?.forget(id)
      return null
    },

    async 'devices.addAddress'({ address }) {
      const deviceId = await runtime().dialAddress(address)
      return (await rows()).find((r) => r.id === deviceId) ?? null
    },

    async 'pair.invite'() {
      return runtime().invite()
    },

    async 'pair.join'({ code }) {
      return runtime().join(code, ctx)
    },

    async 'sync.settings'() {
      return runtime().settings
    },

    async 'sync.setSettings'(change) {
      return runtime().setSettings(change)
    },
  }
}
