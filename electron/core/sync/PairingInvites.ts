import { randomBytes } from 'node:crypto'
import { encodePairingCode, pairingSecretLength, type PairingAddress } from '../../../shared/sync/pairingCode'
import { pairingKeyHashOf } from './pairingKeyHash'
import { hostProofOf, joinProofOf, proofsMatch } from './pairingProofs'

/** How long a pairing code works: 10 minutes. */
export const pairingInviteLifetimeMs = 10 * 60_000

/** Wrong proofs that revoke an invite: after the fifth, its code no longer works, so it cannot be guessed online. */
export const maxFailedPairingAttempts = 5

/** A pairing invite as its maker shows it: the code to type and when it stops working. */
export type CreatedInvite = { code: string; expiresAt: number; addresses: PairingAddress[] }

type OpenInvite = { code: string; secret: Buffer; expiresAt: number; failedAttempts: number }

/**
 * This device's open pairing invites. Each has its own single-use secret and works once, for 10 minutes; a proof
 * that matches none counts as a failed attempt against every open invite (a wrong proof cannot say which code it
 * was meant for), and an invite that has seen `maxFailedAttempts` of them is revoked. `now` is injected.
 */
export class PairingInvites {
  private readonly invites = new Map<string, OpenInvite>()
  private readonly keyHash: Buffer
  private readonly now: () => number
  private readonly lifetimeMs: number
  private readonly maxFailedAttempts: number

  constructor(options: { publicKey: Uint8Array; now: () => number; lifetimeMs?: number; maxFailedAttempts?: number }) {
    this.keyHash = pairingKeyHashOf(options.publicKey)
    this.now = options.now
    this.lifetimeMs = options.lifetimeMs ?? pairingInviteLifetimeMs
    this.maxFailedAttempts = options.maxFailedAttempts ?? maxFailedPairingAttempts
  }

  /** Makes an invite carrying these addresses (best first, at most four). */
  create(addresses: PairingAddress[]): CreatedInvite {
    const secret = randomBytes(pairingSecretLength)
    const code = encodePairingCode({ addresses, keyHash: this.keyHash, secret })
    const expiresAt = this.now() + this.lifetimeMs
    this.invites.set(code, { code, secret, expiresAt, failedAttempts: 0 })
    return { code, expiresAt, addresses: addresses.map((a) => ({ ...a })) }
  }

  /**
   * Uses up the open invite this join proof was made with, on this connection: returns the host's proof for it.
   * Null when none matches (expired invites are dropped first), which counts as a failed attempt.
   */
  redeem(joinProof: Uint8Array, handshakeHash: Uint8Array): { hostProof: Buffer } | null {
    this.dropExpired()
    let match: OpenInvite | null = null
    // Every open invite is compared, so the time taken does not say which one matched.
    for (const invite of this.invites.values()) {
      if (proofsMatch(joinProofOf(invite.secret, handshakeHash), joinProof)) match = invite
    }
    if (match) {
      this.invites.delete(match.code)
      return { hostProof: hostProofOf(match.secret, handshakeHash) }
    }
    for (const invite of [...this.invites.values()]) {
      invite.failedAttempts++
      if (invite.failedAttempts >= this.maxFailedAttempts) this.invites.delete(invite.code)
    }
    return null
  }

  /** How many invites still work. */
  openCount(): number {
    this.dropExpired()
    return this.invites.size
  }

  /** Withdraws one invite, by its code (as `create` gave it); false when it was not open. */
  revoke(code: string): boolean {
    return this.invites.delete(code)
  }

  /** Withdraws every open invite. */
  revokeAll(): void {
    this.invites.clear()
  }

  private dropExpired(): void {
    const now = this.now()
    for (const invite of [...this.invites.values()]) if (now >= invite.expiresAt) this.invites.delete(invite.code)
  }
}
