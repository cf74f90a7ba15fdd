import type { DocHandle } from '@automerge/automerge-repo'
import { advanceLastInteraction } from '../../../shared/mutators/advanceLastInteraction'
import { logInteraction } from '../../../shared/mutators/logInteraction'
import type { InteractionLogDoc } from '../../../shared/schema/workspaceDoc'
import { countsAsTouch } from '../../../shared/selectors/countsAsTouch'
import type { CoreContext } from './CoreContext'

/** An interaction to log, as `logInteraction` takes it, without the time it is recorded at. */
export type InteractionToLog = Omit<Parameters<typeof logInteraction>[1], 'now'>

/**
 * Logs interactions on their contacts' timelines: one change per interaction document, however many land in it,
 * then one workspace change moving each touched contact's stored latest touch forward. Answers the interaction
 * documents it changed (the caller flushes them and the workspace).
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
  const touches = interactions.filter((i) => countsAsTouch(i.type))
  if (touches.length) ctx.vault.workspace.change((doc) => advanceLastInteraction(doc, { touches }))
  return [...byLog.keys()]
}
