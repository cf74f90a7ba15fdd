/** Why a person is due: an explicit reminder, their keep-in-touch cadence, or a goal they count towards. */
export type DueKind = 'reminder' | 'cadence' | 'goal'

/**
 * One person to reach out to now, with the reasons in words. An explicit reminder also carries its id and when it
 * was due, so that it is notified once.
 */
export type DueItem = {
  contactId: string
  name: string
  reasons: string[]
  kind: DueKind
  reminderId?: string
  dueAt?: number
}

/** Answers who is due at an instant; the scheduler takes it as a parameter. */
export type DueItems = (now: number) => DueItem[]
