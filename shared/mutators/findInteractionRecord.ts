import { RapportError } from '../api/errors'
import type { InteractionRecord, InteractionLogDoc } from '../schema/workspaceDoc'

/** The stored interaction with this id on this contact's timeline, or a not_found error. */
export const findInteractionRecord = (doc: InteractionLogDoc, id: string, contactId: string): InteractionRecord => {
  const record = doc.interactions[id]
  if (!record || record.contactId.toString() !== contactId) {
    throw new RapportError('not_found', `No interaction with id ${id} on the timeline of contact ${contactId}.`)
  }
  return record
}
