import { describe, expect, it } from 'vitest'
import { fingerprintOf } from '../../../../../electron/core/sync/deviceKeys'
import { LanDiscovery, lanInstanceName } from '../../../../../electron/core/sync/discovery/LanDiscovery'
import { makeKeyPair } from '../../../../helpers/noiseDevices'

// Only what can be checked without a network: constructing a LanDiscovery opens no socket; start() would.
describe('the LAN advertisement', () => {
  it('names a device by its key fingerprint, in a form DNS takes as one label', () => {
    const { publicKey } = makeKeyPair()
    const name = lanInstanceName(publicKey)

    expect(name).toBe(`rapport-${fingerprintOf(publicKey).toLowerCase().replaceAll('-', '')}`)
    expect(name).toMatch(/^rapport-[0-9a-z]{16}$/)
  })

  it('gives two devices two names', () => {
    expect(lanInstanceName(makeKeyPair().publicKey)).not.toBe(lanInstanceName(makeKeyPair().publicKey))
  })

  it('refuses a key that is not 32 bytes, or a port that is not one', () => {
    const { publicKey } = makeKeyPair()
    expect(() => new LanDiscovery({ publicKey: publicKey.subarray(1), port: 47600 })).toThrow(/32-byte public key/)
    expect(() => new LanDiscovery({ publicKey, port: 0 })).toThrow('LanDiscovery needs a port from 1 to 65535, not 0')
    expect(() => new LanDiscovery({ publicKey, port: 70_000 })).toThrow(/not 70000/)
  })
})
