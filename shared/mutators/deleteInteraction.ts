import { RapportError } from '../api/errors'
import type { InteractionId } from '../domain/ids'
import type { InteractionLogDoc } from '../schema/workspaceDoc'

/** Removes one interaction from a contact's timeline. */
export const deleteInteraction = (doc: InteractionLogDoc, args: { id: InteractionId }): void => {
  if (!doc.interactions[args.id]) throw new RapportError('not_found', `No interaction with id ${args.id}.`)
  delete doc.interactions[args.id]
}
