import { effectiveCadence } from './effectiveCadence'
import type { HabitStage, QueueContact } from './habitInputs'
import { nextDueAt } from './nextDueAt'

/** Of the active contacts with a cadence, how many are within it; `share` is null when none has a cadence. */
export const networkHealth = (
  contacts: Iterable<QueueContact>,
  stagesById: ReadonlyMap<string, Pick<HabitStage, 'cadenceDays' | 'cadenceSetAt'>>,
  now: number,
): { withCadence: number; withinCadence: number; share: number | null } => {
  let withCadence = 0
  let withinCadence = 0
  for (const c of contacts) {
    if (c.archived) continue
    const cadence = effectiveCadence(c, stagesById)
    if (cadence === null) continue
    withCadence++
    if (nextDueAt(c, cadence, stagesById) >= now) withinCadence++
  }
  return { withCadence, withinCadence, share: withCadence ? withinCadence / withCadence : null }
}
