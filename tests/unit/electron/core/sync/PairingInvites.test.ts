import { randomBytes } from 'node:crypto'
import { base32crockford } from '@scure/base'
import { describe, expect, it } from 'vitest'
import { fingerprintOf } from '../../../../../electron/core/sync/deviceKeys'
import { maxFailedPairingAttempts, pairingInviteLifetimeMs } from '../../../../../electron/core/sync/PairingInvites'
import { pairingKeyHashOf } from '../../../../../electron/core/sync/pairingKeyHash'
import { hostProofOf, joinProofOf } from '../../../../../electron/core/sync/pairingProofs'
import { decodePairingCode } from '../../../../../shared/sync/pairingCode'
import { makePairingDevice } from '../../../../helpers/pairingDevices'

const addresses = [{ host: '192.168.1.20', port: 47600 }]
const handshakeHash = randomBytes(64)
const proofFor = (code: string, hash = handshakeHash) => joinProofOf(decodePairingCode(code).secret, hash)

describe('PairingInvites', () => {
  it('makes a code carrying this device’s addresses, its key hash and a fresh secret, working for 10 minutes', () => {
    const host = makePairingDevice()

    const invite = host.invites.create(addresses)
    const other = host.invites.create(addresses)

    const decoded = decodePairingCode(invite.code)
    expect(decoded.addresses).toEqual(addresses)
    expect(Buffer.from(decoded.keyHash)).toEqual(pairingKeyHashOf(host.keyPair.publicKey))
    expect(decoded.secret).not.toEqual(decodePairingCode(other.code).secret)
    expect(invite.expiresAt).toBe(host.clock.now + pairingInviteLifetimeMs)
    expect(host.invites.openCount()).toBe(2)
  })

  it('accepts the proof made with an invite’s secret on this connection, once, and answers with the host’s proof', () => {
    const host = makePairingDevice()
    const { code } = host.invites.create(addresses)

    const redeemed = host.invites.redeem(proofFor(code), handshakeHash)

    expect(redeemed?.hostProof).toEqual(hostProofOf(decodePairingCode(code).secret, handshakeHash))
    expect(host.invites.redeem(proofFor(code), handshakeHash)).toBeNull()
    expect(host.invites.openCount()).toBe(0)
  })

  it('finds the right invite among several, and leaves the others open', () => {
    const host = makePairingDevice()
    const first = host.invites.create(addresses)
    const second = host.invites.create(addresses)

    expect(host.invites.redeem(proofFor(second.code), handshakeHash)).not.toBeNull()

    expect(host.invites.openCount()).toBe(1)
    expect(host.invites.redeem(proofFor(first.code), handshakeHash)).not.toBeNull()
  })

  it('refuses a proof made for another connection', () => {
    const host = makePairingDevice()
    const { code } = host.invites.create(addresses)

    expect(host.invites.redeem(proofFor(code, randomBytes(64)), handshakeHash)).toBeNull()
  })

  it('refuses and drops an invite once its 10 minutes are over', () => {
    const host = makePairingDevice()
    const { code } = host.invites.create(addresses)
    host.clock.now += pairingInviteLifetimeMs - 1
    expect(host.invites.openCount()).toBe(1)

    host.clock.now += 1

    expect(host.invites.redeem(proofFor(code), handshakeHash)).toBeNull()
    expect(host.invites.openCount()).toBe(0)
  })

  it(`revokes an invite after ${maxFailedPairingAttempts} wrong proofs, so that its code cannot be guessed`, () => {
    const host = makePairingDevice()
    const { code } = host.invites.create(addresses)

    for (let i = 0; i < maxFailedPairingAttempts; i++)
      expect(host.invites.redeem(randomBytes(32), handshakeHash)).toBeNull()

    expect(host.invites.openCount()).toBe(0)
    expect(host.invites.redeem(proofFor(code), handshakeHash)).toBeNull()
  })

  it('still accepts the right proof after fewer wrong ones', () => {
    const host = makePairingDevice()
    const { code } = host.invites.create(addresses)

    for (let i = 1; i < maxFailedPairingAttempts; i++) host.invites.redeem(randomBytes(32), handshakeHash)

    expect(host.invites.redeem(proofFor(code), handshakeHash)).not.toBeNull()
  })

  it('counts a proof of the wrong length as a failed attempt and does not throw', () => {
    const host = makePairingDevice()
    host.invites.create(addresses)

    for (let i = 0; i < maxFailedPairingAttempts; i++)
      expect(host.invites.redeem(new Uint8Array(3), handshakeHash)).toBeNull()

    expect(host.invites.openCount()).toBe(0)
  })

  it('withdraws one invite by its code, or all of them', () => {
    const host = makePairingDevice()
    const first = host.invites.create(addresses)
    host.invites.create(addresses)

    expect(host.invites.revoke(first.code)).toBe(true)
    expect(host.invites.redeem(proofFor(first.code), handshakeHash)).toBeNull()
    host.invites.revokeAll()
    expect(host.invites.openCount()).toBe(0)
  })
})

describe('pairingKeyHashOf', () => {
  it('is the start of the device’s fingerprint: the first 8 of its characters', () => {
    const host = makePairingDevice()
    const hash = pairingKeyHashOf(host.id)

    expect(hash).toHaveLength(5)
    expect(hash).toEqual(pairingKeyHashOf(host.keyPair.publicKey))
    expect(base32crockford.encode(hash)).toBe(fingerprintOf(host.id).replace(/-/g, '').slice(0, 8))
  })
})
