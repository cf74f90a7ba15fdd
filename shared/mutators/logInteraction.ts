import type { ContactId, InteractionId } from '../domain/ids'
import type { InteractionType } from '../domain/types'
import { scalar } from '../schema/scalar'
import type { InteractionLogDoc } from '../schema/workspaceDoc'

/** Records an interaction on a contact's timeline, in the contact's interaction shard. */
export const logInteraction = (
  doc: InteractionLogDoc,
  args: {
    id: InteractionId
    contactId: ContactId
    type: InteractionType
    occurredAt: number
    summary: string
    now: number
  },
): void => {
  doc.interactions[args.id] = {
    contactId: scalar(args.contactId),
    type: scalar(args.type),
    occurredAt: args.occurredAt,
    summary: scalar(args.summary),
    createdAt: args.now,
  }
}
