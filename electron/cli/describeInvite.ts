import type { PairingInvite } from '../../shared/api/syncResults'

/** A pairing code in groups of four, easier to read out and type: `7KQ2-M9XD-…`; dashes are ignored on join. */
export const groupedCode = (code: string): string => (code.replace(/[\s-]+/g, '').match(/.{1,4}/g) ?? []).join('-')

const clockTime = (at: number): string => {
  const date = new Date(at)
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`
}

/** "valid for 10 minutes, until 14:32", in this machine's time zone. */
export const validityText = (expiresAt: number, now: number): string => {
  const minutes = Math.max(0, Math.round((expiresAt - now) / 60_000))
  const span = minutes === 1 ? '1 minute' : `${minutes} minutes`
  return `valid for ${span}, until ${clockTime(expiresAt)}`
}

/** What `rapport pair invite` prints about an invite, before its QR. */
export const describeInvite = (invite: PairingInvite, now: number): string =>
  [
    `Pairing code: ${groupedCode(invite.code)}`,
    `  ${validityText(invite.expiresAt, now)}, and good for one device`,
    `  On the other device: rapport pair join ${groupedCode(invite.code)}   (or Join, in the app's Devices section)`,
    `  This device: ${invite.fingerprint}, at ${invite.addresses.length ? invite.addresses.join(', ') : 'no address yet'}`,
  ].join('\n')
