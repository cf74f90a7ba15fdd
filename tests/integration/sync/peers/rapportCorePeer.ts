// A Rapport core that syncs, run inside a test's network namespace (listening on every interface, on 47600, with
// LAN discovery on): `host` makes a code and, once a device joined, adds a contact; `join` joins with the code, then
// restarts without any remembered address, so only mDNS can bring the two together again. Prints JSON lines.
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startRapport } from '../../../../electron/core/startRapport'
import { syncStateFile } from '../../../../electron/core/sync/SyncStateFile'
import { defaultSyncSettings, writeSyncSettings } from '../../../../electron/core/sync/syncSettingsFile'

const [role, code] = process.argv.slice(2)
const print = (line: Record<string, unknown>): void => void process.stdout.write(`${JSON.stringify(line)}\n`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const main = async () => {
  const dataDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-netns-')), 'vault')
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 })
  await writeSyncSettings(dataDir, { ...defaultSyncSettings(), port: 47600, lanDiscovery: true, internet: false })
  const start = () => startRapport({ dataDir, appVersion: '0.0.0-test', socket: false, sync: { discovery: true } })
  let core = await start()
  if (role === 'host') {
    print({ event: 'invite', code: (await core.client.call('pair.invite', {})).code })
    while ((await core.client.call('devices.list', {})).length < 2) await sleep(100)
    print({ event: 'joined' })
    // The device that joined comes back without an address; this contact must reach it all the same.
    await core.client.call('contacts.create', { firstName: 'Found by mDNS' })
  } else {
    await core.client.call('pair.join', { code: code! })
    print({ event: 'joined' })
    await core.stop()
    await fs.rm(syncStateFile(dataDir), { force: true })
    core = await start()
    for (;;) {
      const names = (await core.client.call('contacts.list', {})).map((c) => c.firstName)
      if (names.includes('Found by mDNS')) break
      await sleep(100)
    }
    print({ event: 'synced' })
  }
  process.on('SIGTERM', () => void core.stop().then(() => process.exit(0)))
}

main().catch((error: Error) => print({ event: 'error', message: error.message }))
