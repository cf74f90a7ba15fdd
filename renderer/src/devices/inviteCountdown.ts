/** How long a pairing code has left: `m:ss` while it lasts, and whether it has expired. */
export type InviteCountdown = { expired: boolean; label: string }

/** The time left until `expiresAt`, rounded up to the second, so "0:00" is only shown once it has expired. */
export const inviteCountdown = (expiresAt: number, now: number): InviteCountdown => {
  const seconds = Math.max(0, Math.ceil((expiresAt - now) / 1000))
  const label = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
  return { expired: seconds === 0, label }
}
