import type { GoalId, InteractionId, ReminderId, StageId } from '../domain/ids'
import type { Contact, Stage, WeekStart } from '../domain/types'
import type { ImportJournal } from './importJournal'
import type { ImportedRecordsPlan, StageStyle } from './importedRecordsPlan'

/** What the journal keeps of a Rapport export's stages, interactions and goals, so that undo can take them back. */
export const journalOfRecords = (
  related: ImportedRecordsPlan,
): Pick<
  ImportJournal,
  | 'createdStages'
  | 'restyledStages'
  | 'createdInteractions'
  | 'createdGoals'
  | 'createdCommunities'
  | 'createdReminders'
  | 'setWeekStart'
> => ({
  createdStages: related.newStages.map((s) => s.id),
  restyledStages: related.restyledStages,
  createdInteractions: related.interactions.map((i) => i.id),
  createdGoals: related.goals.map((g) => g.id),
  createdCommunities: related.newCommunities.map((c) => c.id),
  createdReminders: related.reminders.map((r) => r.id),
  ...(related.weekStart !== null && { setWeekStart: related.weekStart }),
})

/** What undoing an import does to the stages, interactions and goals it brought. */
export type RecordsUndoPlan = {
  stageDeletes: StageId[]
  stageRestores: Array<{ id: StageId; style: Partial<StageStyle> }>
  interactionIds: InteractionId[]
  goalDeletes: GoalId[]
  /** Communities it created that no contact is in once the undo's deletes are done. */
  communityDeletes: string[]
  /** Reminders it added that the vault still has. */
  reminderDeletes?: ReminderId[]
  /** True when the first day of the week it set still stands: the vault follows the locale again. */
  clearWeekStart?: boolean
}

/**
 * How to undo an import's stages, interactions and goals now: its interactions and goals are removed, even if
 * edited since; a stage it created is removed only if no contact (once the undo's deletes are done) and no other
 * goal is in it, and is otherwise left (a community it created likewise, when no contact is in it); a stage it restyled gets back each of colour, place and archived flag that
 * still holds what the import wrote. Its reminders are removed; the first day of the week it set goes back to
 * following the locale, unless it was changed since.
 */
export const planRecordsUndo = (
  journal: ImportJournal,
  vault: {
    stages: ReadonlyMap<string, Stage>
    contacts: Iterable<Contact>
    goalStageIds: Map<string, string[]>
    communityIds?: ReadonlySet<string> | ReadonlyMap<string, unknown>
    reminderIds?: ReadonlySet<string> | ReadonlyMap<string, unknown>
    weekStart?: WeekStart | null
  },
  deletedContacts: ReadonlySet<string>,
): RecordsUndoPlan => {
  const goalDeletes = (journal.createdGoals ?? []).filter((id) => vault.goalStageIds.has(id))
  const removedGoals = new Set<string>(goalDeletes)
  const used = new Set<string>()
  const inCommunity = new Set<string>()
  for (const c of vault.contacts) {
    if (deletedContacts.has(c.id)) continue
    used.add(c.stageId)
    for (const k of c.communities) inCommunity.add(k)
  }
  for (const [id, stageIds] of vault.goalStageIds) if (!removedGoals.has(id)) stageIds.forEach((s) => used.add(s))
  const stageDeletes = (journal.createdStages ?? []).filter((id) => vault.stages.has(id) && !used.has(id))
  const communityDeletes = (journal.createdCommunities ?? []).filter(
    (id) => (vault.communityIds?.has(id) ?? false) && !inCommunity.has(id),
  )
  const stageRestores: RecordsUndoPlan['stageRestores'] = []
  for (const { id, before, after } of journal.restyledStages ?? []) {
    const stage = vault.stages.get(id)
    if (!stage) continue
    const style: Partial<StageStyle> = {}
    for (const key of ['colour', 'rank', 'archived'] as const) {
      if (stage[key] === after[key] && before[key] !== after[key]) Object.assign(style, { [key]: before[key] })
    }
    if (Object.keys(style).length) stageRestores.push({ id, style })
  }
  return {
    stageDeletes,
    stageRestores,
    interactionIds: journal.createdInteractions ?? [],
    goalDeletes,
    communityDeletes,
    reminderDeletes: (journal.createdReminders ?? []).filter((id) => vault.reminderIds?.has(id) ?? false),
    clearWeekStart: journal.setWeekStart !== undefined && vault.weekStart === journal.setWeekStart,
  }
}
