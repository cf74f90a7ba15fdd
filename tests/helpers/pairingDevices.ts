import SecretStream from '@hyperswarm/secret-stream'
import { deviceIdOf } from '../../electron/core/sync/deviceKeys'
import { PairingInvites } from '../../electron/core/sync/PairingInvites'

/** A device for pairing tests: a real key pair, its id, and invites on a clock the test moves. */
export const makePairingDevice = (start = Date.UTC(2025, 0, 15, 9, 30)) => {
  const keyPair = SecretStream.keyPair()
  const clock = { now: start }
  const invites = new PairingInvites({ publicKey: keyPair.publicKey, now: () => clock.now })
  return { keyPair, id: deviceIdOf(keyPair.publicKey), clock, invites }
}
