import type { Interaction } from '../../../shared/domain'

/** A timeline's entries, newest first (ties: the one logged last first). */
export const newestFirst = (interactions: readonly Interaction[]): Interaction[] =>
  [...interactions].sort((a, b) => b.occurredAt - a.occurredAt || b.createdAt - a.createdAt)
