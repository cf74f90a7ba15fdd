/**
 * Records when a contact's or a stage's cadence was set: `now` while it has one, nothing once it has none, so that a
 * contact never contacted is counted from the day its cadence began.
 */
export const stampCadenceSetAt = (
  record: { cadenceDays?: number | null; cadenceSetAt?: number },
  now: number,
): void => {
  if (record.cadenceDays == null) delete record.cadenceSetAt
  else record.cadenceSetAt = now
}
