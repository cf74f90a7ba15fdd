const minute = 60_000
const hour = 60 * minute
const day = 24 * hour

/** How long ago an instant was, in the words a terminal table has room for: "just now", "5 min ago", "3 days ago". */
export const timeAgo = (at: number | null, now: number): string => {
  if (at === null) return 'never'
  const ago = Math.max(0, now - at)
  if (ago < minute) return 'just now'
  if (ago < hour) return `${Math.floor(ago / minute)} min ago`
  if (ago < day) return `${Math.floor(ago / hour)} h ago`
  const days = Math.floor(ago / day)
  if (days < 60) return days === 1 ? 'yesterday' : `${days} days ago`
  return new Date(at).toISOString().slice(0, 10)
}
