import type { Contact, Goal, Interaction, Reminder, Stage, WorkspaceSettings } from '../../shared/domain'
import type { RapportCore } from './RapportCore'

/** Everything the habit's selectors need, read from the read model at one moment. */
export type HabitState = {
  contacts: Contact[]
  stages: Stage[]
  goals: Goal[]
  reminders: Reminder[]
  settings: WorkspaceSettings
}

/**
 * The contacts (archived too), stages (board order, archived too), goals, reminders and settings, from the read
 * model of a core (or a handler's context): cheap, and no interaction document is read (each contact's latest
 * touch is stored with it).
 */
export const habitState = (source: Pick<RapportCore, 'readModel'>): HabitState => {
  const { readModel } = source
  return {
    contacts: [...readModel.contacts.values()],
    stages: readModel.stageList(),
    goals: readModel.goalList(),
    reminders: readModel.reminderList(),
    settings: readModel.settings,
  }
}

/**
 * The interactions that occurred at or after `since` (epoch ms), oldest first, notes included (a core or a handler's
 * context). Only the interaction documents
 * loaded so far are read: interaction documents load in the background (and arrive from other devices as they
 * sync), so a caller that counts them should count again on `workspace.changed`.
 */
export const interactionsSince = (source: Pick<RapportCore, 'vault'>, since: number): Interaction[] =>
  source.vault.interactions.since(since)
