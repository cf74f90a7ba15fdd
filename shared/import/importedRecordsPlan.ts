import type { ContactId, InteractionId, StageId } from '../domain/ids'
import type { Goal, InteractionType, Reminder, WeekStart } from '../domain/types'
import type { SkippedRecord } from './importedContact'
import type { ImportedCommunitiesPlan } from './planImportedCommunities'

/** What an import may change on a stage of the vault. */
export type StageStyle = { colour: string; rank: string; archived: boolean }

/** A stage of the vault the import changes: what it held, and what the import writes. */
export type StageRestyle = { id: StageId; before: StageStyle; after: StageStyle }

/** A stage the import creates; `cadenceDays` only when it has one. */
export type NewStage = { id: StageId; name: string; cadenceDays?: number } & StageStyle

/** An interaction the import adds, on the contact it resolved to. */
export type NewInteraction = {
  id: InteractionId
  contactId: ContactId
  type: InteractionType
  occurredAt: number
  summary: string
  outcome: string
}

/** A goal the import adds, its stages resolved to ids. */
export type NewGoal = Goal

/** What importing a Rapport export's stages, interactions and goals does, decided before anything is written. */
export type ImportedRecordsPlan = {
  /** Every stage name of the import (as `stageNameKey`) and the stage of the vault it is, or will be. */
  stageIdByName: Map<string, StageId>
  newStages: NewStage[]
  restyledStages: StageRestyle[]
  interactions: NewInteraction[]
  goals: NewGoal[]
  /** Reminders it adds, as they were, on the contacts they resolved to. */
  reminders: Reminder[]
  /** The first day of the week it sets, or null to leave the vault's setting as it is. */
  weekStart: WeekStart | null
  skipped: SkippedRecord[]
} & ImportedCommunitiesPlan

/** A plan that adds nothing. */
export const emptyRecordsPlan = (): ImportedRecordsPlan => ({
  stageIdByName: new Map(),
  newStages: [],
  restyledStages: [],
  interactions: [],
  goals: [],
  reminders: [],
  weekStart: null,
  skipped: [],
  communityIdByName: new Map(),
  newCommunities: [],
})
