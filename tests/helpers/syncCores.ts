import { afterEach } from 'vitest'
import type { WorkspaceSnapshot } from '../../shared/api/contract'
import type { RapportClient } from '../../shared/api/client'
import { startRapport, type RunningRapport } from '../../electron/core/startRapport'
import type { DhtBootstrap } from '../../electron/core/sync/discovery/InternetDiscovery'
import { tempDataDir } from './tempDataDir'

const running: RunningRapport[] = []

afterEach(async () => {
  for (const instance of running.splice(0).reverse()) await instance.stop()
})

/** A core that syncs on 127.0.0.1 (any port, no discovery); stopped after the test. */
export const startSyncCore = async (
  options: {
    dataDir?: string
    now?: () => number
    joinWaitMs?: number
    /** Discovery on, through this local DHT testnet (the settings say which discoveries run). */
    dhtBootstrap?: DhtBootstrap
    /** Also serves the API over the local WebSocket. */
    socket?: boolean
  } = {},
): Promise<RunningRapport & { dataDir: string }> => {
  const dir = options.dataDir ?? (await tempDataDir())
  const instance = await startRapport({
    dataDir: dir,
    appVersion: '0.0.0-test',
    socket: options.socket ? { host: '127.0.0.1', port: 0 } : false,
    readModelCache: false,
    now: options.now,
    sync: {
      host: '127.0.0.1',
      port: 0,
      discovery: !!options.dhtBootstrap,
      dhtBootstrap: options.dhtBootstrap,
      joinWaitMs: options.joinWaitMs,
    },
  })
  running.push(instance)
  return Object.assign(instance, { dataDir: dir })
}

/** Waits (polling every 50 ms, up to `ms`) until `check` holds; fails with `what` otherwise. */
export const eventually = async (what: string, check: () => boolean | Promise<boolean>, ms = 15_000) => {
  const end = Date.now() + ms
  for (;;) {
    if (await check()) return
    if (Date.now() > end) throw new Error(`Timed out waiting until ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** `joiner` joins the vault of `host` with a code made there. */
export const pairByCode = async (host: RunningRapport, joiner: RunningRapport) => {
  const invite = await host.client.call('pair.invite', {})
  return joiner.client.call('pair.join', { code: invite.code })
}

/** What a device shows of the vault, comparable across devices: the snapshot without its version, sorted. */
export const vaultState = async (client: RapportClient) => {
  const { version: _version, ...snapshot }: WorkspaceSnapshot = await client.call('workspace.snapshot', {})
  const contacts = [...snapshot.contacts].sort((a, b) => a.id.localeCompare(b.id))
  const interactions = await Promise.all(contacts.map((c) => client.call('interactions.list', { contactId: c.id })))
  return { ...snapshot, contacts, interactions: interactions.flat().sort((a, b) => a.id.localeCompare(b.id)) }
}
