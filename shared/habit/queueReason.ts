/** Why a contact is in this week's queue, with what the words about it need. */
export type QueueReason =
  | { kind: 'reminder'; reminderId: string; note: string; dueAt: number }
  | { kind: 'overdue'; days: number; dueAt: number; cadenceDays: number }
  | { kind: 'due'; inDays: number; dueAt: number; cadenceDays: number }
  | { kind: 'goalBehind'; goalId: string; title: string; count: number; target: number }
  | { kind: 'stuck'; stageId: string; stageName: string; days: number }
  | { kind: 'anniversary'; years: number; connectedOn: string }
  | { kind: 'offer'; offer: string }
  | { kind: 'sharedCommunity'; communityId: string; name: string }
  /** A suggestion's context: when you were last in touch (null: never), and when you connected (null: unknown). */
  | { kind: 'quiet'; lastInteractionAt: number | null; connectedOn: string | null }

/** One row of the queue: who, how strongly, and why (the weightiest reason first). */
export type QueueEntry = { contactId: string; score: number; reasons: QueueReason[] }
