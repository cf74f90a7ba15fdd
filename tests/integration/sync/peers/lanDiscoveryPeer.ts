// A device that only advertises and browses on the LAN, run inside a test's network namespace. Prints one JSON line
// per event; on SIGTERM stops discovery and then must exit by itself, which proves nothing was left running.
import SecretStream from '@hyperswarm/secret-stream'
import { deviceIdOf, fingerprintOf } from '../../../../electron/core/sync/deviceKeys'
import { LanDiscovery } from '../../../../electron/core/sync/discovery/LanDiscovery'

const [port, refreshMs] = process.argv.slice(2).map(Number)
const print = (line: Record<string, unknown>): void => void process.stdout.write(`${JSON.stringify(line)}\n`)

const { publicKey } = SecretStream.keyPair()
const discovery = new LanDiscovery({ publicKey, port, refreshMs })
discovery.on('found', (device) => print({ event: 'found', ...device }))
discovery.on('error', (error) => print({ event: 'error', message: error.message }))
process.once('SIGTERM', () => {
  void discovery.stop().then(() => print({ event: 'stopped' }))
})
await discovery.start()
print({ event: 'ready', deviceId: deviceIdOf(publicKey), fingerprint: fingerprintOf(publicKey) })
