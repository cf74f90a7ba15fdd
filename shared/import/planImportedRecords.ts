import type { ContactId, GoalId, InteractionId, StageId } from '../domain/ids'
import type { Stage, WeekStart } from '../domain/types'
import type { ImportedContact, SkippedRecord } from './importedContact'
import type { ImportPlan } from './importPlan'
import { stageNameKey, type ImportedRelated } from './importedRecords'
import type { ImportedRecordsPlan, NewGoal, NewInteraction } from './importedRecordsPlan'
import type { ImportedCommunitiesPlan } from './planImportedCommunities'
import { planImportedReminders } from './planImportedReminders'
import { planImportedStages } from './planImportedStages'

/**
 * The contact of the vault each exported contact id comes to: the contact it creates (which keeps the id) or the
 * one it matched, following rows merged into an earlier one. Contacts the plan skips have none.
 */
export const resolvedContactIds = (contacts: ImportedContact[], plan: ImportPlan): Map<string, ContactId> => {
  const personLine = new Map(plan.inFileDuplicates.map((d) => [d.line, d.sameAsLine]))
  const byLine = new Map<number, ContactId>(plan.matched.map((m) => [m.line, m.id]))
  for (const create of plan.creates) if (create.exported) byLine.set(create.line, create.exported.id as ContactId)
  const resolved = new Map<string, ContactId>()
  for (const contact of contacts) {
    if (!contact.exported) continue
    const id = byLine.get(personLine.get(contact.line) ?? contact.line)
    if (id) resolved.set(contact.exported.id, id)
  }
  return resolved
}

const twice = (what: string, line: number): SkippedRecord => ({ line, reason: `${what} appears twice in the import` })

/**
 * Decides what a Rapport export's stages, interactions and goals add to the vault (see `planImportedStages` for
 * stages). An interaction is added, on the contact its contact id resolved to, unless the vault has its id; one
 * whose contact is not imported is skipped. A goal is added unless the vault has its id; its stage is matched by
 * name. Reminders and settings: `planImportedReminders`. Pure: the vault's stages, interaction, goal and reminder
 * ids, its week start, and a source of new ids are passed in.
 */
export const planImportedRecords = (args: {
  related: ImportedRelated
  stages: Stage[]
  adoptLayout: boolean
  contactIds: ReadonlyMap<string, ContactId>
  hasInteraction: (id: string) => boolean
  hasGoal: (id: string) => boolean
  hasReminder: (id: string) => boolean
  /** The vault's first day of the week, or null while it follows the locale. */
  weekStart: WeekStart | null
  newId: () => string
}): Omit<ImportedRecordsPlan, keyof ImportedCommunitiesPlan> => {
  const { related } = args
  const staged = planImportedStages(args.stages, related.stages, args)
  const skipped = [...staged.skipped]

  const interactions: NewInteraction[] = []
  const seen = new Set<string>()
  for (const i of related.interactions) {
    const contactId = args.contactIds.get(i.contactId)
    if (seen.has(i.id)) skipped.push(twice(`Interaction ${i.id}`, i.line))
    else if (!contactId) {
      skipped.push({ line: i.line, reason: `Interaction ${i.id}: its contact ${i.contactId} is not imported` })
    } else if (!args.hasInteraction(i.id)) {
      const { id, type, occurredAt, summary, outcome } = i
      interactions.push({ id: id as InteractionId, contactId, type, occurredAt, summary, outcome })
    }
    seen.add(i.id)
  }

  const goals: NewGoal[] = []
  const seenGoals = new Set<string>()
  for (const { line, stages, ...goal } of related.goals) {
    const stageIds = stages.map((name) => staged.stageIdByName.get(stageNameKey(name)))
    const unknown = stages.find((_, i) => stageIds[i] === undefined)
    if (seenGoals.has(goal.id)) skipped.push(twice(`Goal ${goal.id}`, line))
    else if (unknown !== undefined) {
      skipped.push({ line, reason: `Goal ${goal.id} names the stage "${unknown}", which is not in the import` })
    } else if (!args.hasGoal(goal.id)) {
      goals.push({ ...goal, id: goal.id as GoalId, stageIds: [...new Set(stageIds as StageId[])] })
    }
    seenGoals.add(goal.id)
  }

  const reminded = planImportedReminders({ ...related, ...args })
  return { ...staged, interactions, goals, ...reminded, skipped: [...skipped, ...reminded.skipped] }
}
