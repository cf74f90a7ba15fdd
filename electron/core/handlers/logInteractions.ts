import type { DocHandle } from '@automerge/automerge-repo'
import { logInteraction } from '../../../shared/mutators/logInteraction'
import type { InteractionLogDoc } from '../../../shared/schema/workspaceDoc'
import type { CoreContext } from './CoreContext'

/** An interaction to log, as `logInteraction` takes it, without the time it is recorded at. */
export type InteractionToLog = Omit<Parameters<typeof logInteraction>[1], 'now'>

/**
 * Logs interactions on their contacts' timelines: one change per interaction document, however many land in it.
 * Answers the documents it changed.
 */
export const logInteractions = (
  ctx: CoreContext,
  interactions: readonly InteractionToLog[],
  now: number,
): DocHandle<InteractionLogDoc>[] => {
  const byLog = new Map<DocHandle<InteractionLogDoc>, InteractionToLog[]>()
  for (const interaction of interactions) {
    const log = ctx.vault.interactions.writerFor(interaction.contactId, ctx.vault.workspace)
    const entries = byLog.get(log)
    if (entries) entries.push(interaction)
    else byLog.set(log, [interaction])
  }
  for (const [log, entries] of byLog) log.change((doc) => entries.forEach((i) => logInteraction(doc, { ...i, now })))
  return [...byLog.keys()]
}
