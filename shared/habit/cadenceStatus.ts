import { effectiveCadence } from './effectiveCadence'
import type { HabitStage } from './habitInputs'
import { nextDueAt, type DueContact } from './nextDueAt'

/** Where a contact stands against its cadence. Days are whole 24-hour days from `now`. */
export type CadenceStatus =
  | { kind: 'none' }
  | { kind: 'overdue'; cadenceDays: number; dueAt: number; days: number }
  | { kind: 'due'; cadenceDays: number; dueAt: number; inDays: number }
  | { kind: 'ok'; cadenceDays: number; dueAt: number }

const day = 24 * 60 * 60 * 1000

/**
 * Overdue (due before now, by at least one day), due (from now until `dueBefore`, usually the end of
 * the week; "in 0 days" is today), ok, or none when no cadence applies.
 */
export const cadenceStatus = (
  contact: DueContact,
  stagesById: ReadonlyMap<string, Pick<HabitStage, 'cadenceDays' | 'cadenceSetAt'>>,
  now: number,
  dueBefore: number,
): CadenceStatus => {
  const cadenceDays = effectiveCadence(contact, stagesById)
  if (cadenceDays === null) return { kind: 'none' }
  const dueAt = nextDueAt(contact, cadenceDays, stagesById)
  const late = Math.floor((now - dueAt) / day)
  if (late >= 1) return { kind: 'overdue', cadenceDays, dueAt, days: late }
  if (dueAt < dueBefore) return { kind: 'due', cadenceDays, dueAt, inDays: Math.max(0, Math.ceil((dueAt - now) / day)) }
  return { kind: 'ok', cadenceDays, dueAt }
}
