import type { Contact } from '../domain'

/**
 * When the relationship was last touched (epoch ms): the latest interaction, else the day
 * of connecting, else when the contact was added. What "stale for N days" measures from.
 */
export const lastTouchAt = (c: Pick<Contact, 'lastInteractionAt' | 'connectedOn' | 'createdAt'>): number => {
  if (c.lastInteractionAt !== null) return c.lastInteractionAt
  if (c.connectedOn) {
    const [y, m, d] = c.connectedOn.split('-').map(Number)
    return Date.UTC(y, m - 1, d)
  }
  return c.createdAt
}
