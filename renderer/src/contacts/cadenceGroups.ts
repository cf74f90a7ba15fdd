/**
 * Contacts grouped by the cadence each has now (null: none), so that a bulk change of cadence can be undone with one
 * `contacts.setCadenceMany` per group.
 */
export const cadenceGroups = <Id extends string>(
  ids: Iterable<Id>,
  cadenceOf: (id: Id) => number | null,
): Array<{ cadenceDays: number | null; ids: Id[] }> => {
  const groups = new Map<number | null, Id[]>()
  for (const id of ids) {
    const days = cadenceOf(id)
    const group = groups.get(days)
    if (group) group.push(id)
    else groups.set(days, [id])
  }
  return [...groups].map(([cadenceDays, members]) => ({ cadenceDays, ids: members }))
}
