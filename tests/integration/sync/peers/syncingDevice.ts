// A device with a Repo, the Noise adapter and LAN discovery, run inside a test's network namespace: it dials each
// paired device that mDNS finds, creates a document (`text`) or waits for one (`find`), and prints JSON lines.
import { Repo, type AutomergeUrl, type PeerId } from '@automerge/automerge-repo'
import { deviceIdOf, type DeviceKeyPair } from '../../../../electron/core/sync/deviceKeys'
import { LanDiscovery } from '../../../../electron/core/sync/discovery/LanDiscovery'
import { NoiseNetworkAdapter } from '../../../../electron/core/sync/NoiseNetworkAdapter'

type Config = { secretKey: string; pairedWith: string; port: number; text?: string; find?: string }

const config = JSON.parse(process.env.RAPPORT_TEST_DEVICE ?? '{}') as Config
const print = (line: Record<string, unknown>): void => void process.stdout.write(`${JSON.stringify(line)}\n`)

const secretKey = Buffer.from(config.secretKey, 'hex')
const keyPair: DeviceKeyPair = { publicKey: secretKey.subarray(32), secretKey }
const deviceId = deviceIdOf(keyPair.publicKey)
const adapter = new NoiseNetworkAdapter({
  keyPair,
  isPaired: (id) => id === config.pairedWith,
  // The namespace's own address, from the lab (tests/helpers/netns.ts).
  listen: { host: process.env.RAPPORT_SYNC_HOST, port: config.port },
})
const repo = new Repo({
  network: [adapter],
  peerId: `device-${deviceId.slice(0, 16)}` as PeerId,
  sharePolicy: async () => true,
})
adapter.on('device-connected', (event) => print({ event: 'connected', deviceId: event.deviceId }))

const discovery = new LanDiscovery({ publicKey: keyPair.publicKey, port: config.port })
discovery.on('found', (device) => {
  print({ event: 'found', ...device })
  if (device.deviceId !== config.pairedWith) return
  adapter
    .dial({ host: device.host, port: device.port })
    .catch((error: Error) => print({ event: 'dial-failed', message: error.message }))
})
process.once('SIGTERM', () => {
  void discovery
    .stop()
    .then(() => repo.shutdown())
    .then(() => print({ event: 'stopped' }))
})
await adapter.whenListening()
await discovery.start()
print({ event: 'ready', deviceId })

if (config.text) {
  const handle = repo.create<{ text: string }>({ text: config.text })
  print({ event: 'created', url: handle.url })
}
if (config.find) {
  if (adapter.connectedDevices().length === 0) {
    await new Promise<void>((resolve) => adapter.once('device-connected', () => resolve()))
  }
  // The first request can race the peer's hello; a document not found yet is asked for again.
  for (;;) {
    try {
      const handle = await repo.find<{ text: string }>(config.find as AutomergeUrl)
      print({ event: 'synced', text: handle.doc().text })
      break
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
}
