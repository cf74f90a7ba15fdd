import { runNetworkAdapterTests } from '@automerge/automerge-repo/helpers/tests/network-adapter-tests.js'
import { Redialer } from '../../../electron/core/sync/Redialer'
import { listeningAdapter, makeKeyPair, pairedList } from '../../helpers/noiseDevices'

// Three devices as the app runs them: each listens on 127.0.0.1, and B and C keep dialling A (the Redialer brings
// them back after A leaves and rejoins the network).
runNetworkAdapterTests(async () => {
  const keys = [makeKeyPair(), makeKeyPair(), makeKeyPair()]
  const paired = pairedList(...keys)
  const [a, b, c] = await Promise.all(keys.map((keyPair) => listeningAdapter({ keyPair, isPaired: paired.isPaired })))
  const redialers = [b, c].map((adapter) => new Redialer({ target: adapter, initialDelayMs: 20, maxDelayMs: 100 }))
  redialers.forEach((redialer) => redialer.watch(a.deviceId, [a.address]))
  const teardown = () => {
    redialers.forEach((redialer) => redialer.stop())
    ;[a, b, c].forEach((adapter) => adapter.disconnect())
  }
  return { adapters: [a, b, c], teardown }
}, 'Noise over TCP on 127.0.0.1')
