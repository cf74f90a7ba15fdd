import { byRank } from '../selectors/byRank'
import type { HabitStage } from './habitInputs'

/**
 * The active stages where a contact can be stuck: all but the first (where everyone starts and may
 * rest for years) and the last (where a relationship has arrived), in board order.
 */
export const stagesInMotion = (stages: Iterable<HabitStage>): HabitStage[] =>
  [...stages]
    .filter((s) => !s.archived)
    .sort(byRank)
    .slice(1, -1)
