import type { HabitCommunity, HabitGoal, HabitReminder, HabitStage, QueueContact } from '../../shared/habit/habitInputs'

const day = 24 * 60 * 60 * 1000

/** Wednesday 15 January 2025, 09:30 UTC: the habit tests' "now". */
export const habitNow = Date.UTC(2025, 0, 15, 9, 30)

/** A number of whole days as epoch ms. */
export const days = (n: number): number => n * day

/** A contact for the queue: an unremarkable one, touched yesterday, with no cadence, unless told. */
export const makeQueueContact = (partial: Partial<QueueContact> & { id: string }): QueueContact => ({
  firstName: 'Ada',
  lastName: 'Lovelace',
  company: '',
  stageId: 'connected',
  cadenceDays: null,
  lastInteractionAt: habitNow - days(1),
  snoozedUntil: null,
  dismissedUntil: null,
  stageEnteredAt: null,
  connectedOn: null,
  createdAt: habitNow - days(2),
  offer: '',
  communities: [],
  tags: [],
  archived: false,
  ...partial,
})

/** The five default stages, in board order, without default cadences. */
export const makeHabitStages = (cadences: Partial<Record<string, number>> = {}): Map<string, HabitStage> =>
  new Map(
    ['connected', 'reached-out', 'in-conversation', 'collaborating', 'champion'].map((id, i) => [
      id,
      {
        id,
        name: { connected: 'Connected', 'reached-out': 'Reached out', 'in-conversation': 'In conversation' }[id] ?? id,
        rank: `a${i}`,
        archived: false,
        cadenceDays: cadences[id] ?? null,
      },
    ]),
  )

/** A weekly goal of 3 interactions of any kind, with no restrictions, unless told. */
export const makeHabitGoal = (partial: Partial<HabitGoal> & { id: string }): HabitGoal => ({
  title: 'Reach out to 3 connections a week',
  target: 3,
  period: 'week',
  interactionTypes: [],
  distinctContacts: false,
  stageIds: [],
  tags: [],
  communityIds: [],
  archived: false,
  createdAt: habitNow - days(365),
  ...partial,
})

/** An open reminder due now, unless told. */
export const makeReminder = (partial: Partial<HabitReminder> & { id: string; contactId: string }): HabitReminder => ({
  dueAt: habitNow,
  note: '',
  status: 'open',
  ...partial,
})

/** A community the user belongs to, unless told. */
export const makeCommunity = (partial: Partial<HabitCommunity> & { id: string }): HabitCommunity => ({
  name: 'Design Leaders Slack',
  member: true,
  archived: false,
  ...partial,
})
