import type { ContactId, InteractionId } from '../domain/ids'
import type { InteractionType } from '../domain/types'
import { scalar } from '../schema/scalar'
import type { InteractionLogDoc, InteractionRecord } from '../schema/workspaceDoc'

/** Records an interaction on a contact's timeline, in the contact's interaction shard; an empty outcome is not stored. */
export const logInteraction = (
  doc: InteractionLogDoc,
  args: {
    id: InteractionId
    contactId: ContactId
    type: InteractionType
    occurredAt: number
    summary: string
    outcome?: string
    now: number
  },
): void => {
  const record: InteractionRecord = {
    contactId: scalar(args.contactId),
    type: scalar(args.type),
    occurredAt: args.occurredAt,
    summary: scalar(args.summary),
    createdAt: args.now,
  }
  if (args.outcome) record.outcome = scalar(args.outcome)
  doc.interactions[args.id] = record
}
