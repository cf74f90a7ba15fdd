import type { HabitStage, QueueContact } from './habitInputs'

const usable = (days: number | null | undefined): days is number =>
  typeof days === 'number' && Number.isFinite(days) && days > 0

/** The contact's keep-in-touch cadence in days: its own, else its stage's default, else null (none). */
export const effectiveCadence = (
  contact: Pick<QueueContact, 'cadenceDays' | 'stageId'>,
  stagesById: ReadonlyMap<string, Pick<HabitStage, 'cadenceDays'>>,
): number | null => {
  if (usable(contact.cadenceDays)) return contact.cadenceDays
  const stageDays = stagesById.get(contact.stageId)?.cadenceDays
  return usable(stageDays) ? stageDays : null
}
