import { RapportError } from '../api/errors'
import type { Interaction } from '../domain/types'
import type { InteractionLogDoc } from '../schema/workspaceDoc'
import { logInteraction } from './logInteraction'

/** Puts a deleted interaction back as it was: same id, fields and creation time. */
export const restoreInteraction = (doc: InteractionLogDoc, args: { interaction: Interaction }): void => {
  const { id, createdAt, ...fields } = args.interaction
  if (doc.interactions[id]) throw new RapportError('conflict', `An interaction with id ${id} already exists.`)
  logInteraction(doc, { id, ...fields, now: createdAt })
}
