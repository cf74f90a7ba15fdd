/** Epoch ms of an ISO 8601 time, or null when it is not one. */
export const isoTimeOf = (iso: string): number | null => {
  const ms = Date.parse(iso)
  return Number.isFinite(ms) ? ms : null
}
