import * as Automerge from '@automerge/automerge'
import type { WorkspaceDelta, WorkspaceSnapshot } from '../../shared/api/contract'
import type { ContactFields } from '../../shared/domain/contactFields'
import { emptyContactFields } from '../../shared/domain/contactFields'
import type { ContactId, GoalId, InteractionId, StageId } from '../../shared/domain/ids'
import type { Contact, ContactSource, Goal, Interaction, Stage } from '../../shared/domain/types'
import { createContact } from '../../shared/mutators/createContact'
import { createStage } from '../../shared/mutators/createStage'
import { initInteractionLog } from '../../shared/mutators/initInteractionLog'
import { initWorkspace } from '../../shared/mutators/initWorkspace'
import { readContact, readStage } from '../../shared/schema/readRecords'
import { contactBucketKey } from '../../shared/schema/shardKey'
import type { ContactRecord, InteractionLogDoc, WorkspaceDoc } from '../../shared/schema/workspaceDoc'

/** A fixed moment for tests: 15 January 2025, 09:30 UTC. */
export const testNow = Date.UTC(2025, 0, 15, 9, 30)

/** The sync secret `makeWorkspace` gives a new vault. */
export const testSyncSecret = '5e'.repeat(32)

/** The ids `makeWorkspace` gives the default stages, in board order. */
export const stageIds = {
  connected: 'stage-connected' as StageId,
  reachedOut: 'stage-reached-out' as StageId,
  inConversation: 'stage-in-conversation' as StageId,
  collaborating: 'stage-collaborating' as StageId,
  champion: 'stage-champion' as StageId,
}

/** A new workspace laid out by `initWorkspace`, with the default stages under `stageIds`. */
export const makeWorkspace = ({ now = testNow }: { now?: number } = {}): Automerge.Doc<WorkspaceDoc> =>
  Automerge.change(Automerge.init<WorkspaceDoc>(), (doc) =>
    initWorkspace(doc, { now, stageIds: Object.values(stageIds), syncSecret: testSyncSecret }),
  )

/** A new interaction shard laid out by `initInteractionLog`. */
export const makeInteractionLog = ({ shard = '00' }: { shard?: string } = {}): Automerge.Doc<InteractionLogDoc> =>
  Automerge.change(Automerge.init<InteractionLogDoc>(), (doc) => initInteractionLog(doc, { shard }))

type NewContact = Partial<ContactFields> & {
  id: string
  stageId?: StageId
  rank?: string
  sources?: ContactSource[]
  now?: number
}

/** The document with one more contact, created by `createContact` (first stage, rank `a0` unless told). */
export const withContact = (doc: Automerge.Doc<WorkspaceDoc>, contact: NewContact): Automerge.Doc<WorkspaceDoc> => {
  const { id, stageId = stageIds.connected, rank = 'a0', sources = ['manual'], now = testNow, ...fields } = contact
  return Automerge.change(doc, (d) => createContact(d, { id: id as ContactId, fields, sources, stageId, rank, now }))
}

type NewStage = { id: string; name?: string; colour?: string; rank?: string; now?: number }

/** The document with one more stage, created by `createStage` (rank `b0`, after the defaults, unless told). */
export const withStage = (doc: Automerge.Doc<WorkspaceDoc>, stage: NewStage): Automerge.Doc<WorkspaceDoc> =>
  Automerge.change(doc, (d) =>
    createStage(d, {
      id: stage.id as StageId,
      name: stage.name ?? 'Mentors',
      colour: stage.colour ?? '#495057',
      rank: stage.rank ?? 'b0',
      now: stage.now ?? testNow,
    }),
  )

/** The stored record of a contact, wherever its bucket is. */
export const contactRecordIn = (doc: WorkspaceDoc, id: string): ContactRecord | undefined =>
  doc.buckets[contactBucketKey(id)]?.[id]

/** The read-model view of a stored contact; fails the test when there is none. */
export const contactIn = (doc: WorkspaceDoc, id: string): Contact => {
  const record = contactRecordIn(doc, id)
  if (!record) throw new Error(`test expected contact ${id} in the document`)
  return readContact(id, record, null)
}

/** The read-model view of a stored stage; fails the test when there is none. */
export const stageIn = (doc: WorkspaceDoc, id: string): Stage => {
  const record = doc.stages[id]
  if (!record) throw new Error(`test expected stage ${id} in the document`)
  return readStage(id, record)
}

/** Every contact id stored in the document, sorted. */
export const contactIdsIn = (doc: WorkspaceDoc): string[] =>
  Object.values(doc.buckets)
    .flatMap((bucket) => Object.keys(bucket))
    .sort()

/** `count` distinct contact ids that hash to the same bucket. */
export const idsSharingABucket = (count: number): string[] => {
  const byBucket = new Map<string, string[]>()
  for (let i = 0; ; i++) {
    const id = `contact-${i}`
    const ids = [...(byBucket.get(contactBucketKey(id)) ?? []), id]
    if (ids.length === count) return ids
    byBucket.set(contactBucketKey(id), ids)
  }
}

/** A read-model contact: Ada Lovelace in the first stage, unless told otherwise. */
export const makeContact = (partial: Partial<Contact> = {}): Contact => ({
  ...emptyContactFields(),
  id: 'contact-ada' as ContactId,
  firstName: 'Ada',
  lastName: 'Lovelace',
  sources: ['manual'],
  stageId: stageIds.connected,
  rank: 'a0',
  archived: false,
  createdAt: testNow,
  updatedAt: testNow,
  lastInteractionAt: null,
  snoozedUntil: null,
  dismissedUntil: null,
  stageEnteredAt: null,
  cadenceSetAt: null,
  ...partial,
})

/** A read-model stage. */
export const makeStage = (partial: Partial<Stage> = {}): Stage => ({
  id: stageIds.connected,
  name: 'Connected',
  colour: '#868e96',
  rank: 'a0',
  archived: false,
  createdAt: testNow,
  cadenceDays: null,
  cadenceSetAt: null,
  ...partial,
})

/** A read-model interaction. */
export const makeInteraction = (partial: Partial<Interaction> = {}): Interaction => ({
  id: 'interaction-1' as InteractionId,
  contactId: 'contact-ada' as ContactId,
  type: 'call',
  occurredAt: testNow,
  summary: 'Talked about the engine',
  outcome: '',
  createdAt: testNow,
  ...partial,
})

/** A read-model goal. */
export const makeGoal = (partial: Partial<Goal> = {}): Goal => ({
  id: 'goal-1' as GoalId,
  title: 'Reach out to 3 people a week',
  target: 3,
  period: 'week',
  interactionTypes: [],
  distinctContacts: false,
  stageIds: [],
  tags: [],
  communityIds: [],
  archived: false,
  createdAt: testNow,
  ...partial,
})

/** The goals, reminders and settings of a snapshot of a workspace that has none. */
export const emptyHabitParts = (): Pick<WorkspaceSnapshot, 'goals' | 'reminders' | 'settings'> => ({
  goals: [],
  reminders: [],
  settings: { weekStart: null },
})

/** The parts of a delta besides its version and contacts, none of them changed. */
export const unchangedParts = (): Pick<
  WorkspaceDelta,
  'stages' | 'communities' | 'goals' | 'reminders' | 'settings'
> => ({ stages: null, communities: null, goals: null, reminders: null, settings: null })
