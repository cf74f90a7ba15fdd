import type { MergeJournal } from '../../../shared/merge/mergeJournal'
import type { CoreContext } from './CoreContext'
import { listMergeJournals, removeMergeJournal, writeMergeJournal } from './mergeJournalFiles'
import { moveInteractions } from './moveInteractions'
import { recountLastInteraction } from './recountLastInteraction'
import { requireContact } from './requireContact'

/**
 * Brings an interrupted merge or unmerge to a consistent end. The workspace change is the
 * commit point: if the removed contact is in the workspace, the merge did not happen (or was
 * undone) and the interactions go back to it; otherwise the merge stands and they go to the
 * kept contact. Returns the journal as it ends, or null when a merge that never happened was forgotten.
 */
export const settleMerge = async (ctx: CoreContext, journal: MergeJournal): Promise<MergeJournal | null> => {
  const { kept, removed, interactions } = journal
  const removedIsBack = ctx.readModel.contacts.has(removed.id)
  let settled: MergeJournal | null
  if (removedIsBack) {
    await moveInteractions(ctx, interactions, kept.id, removed.id)
    settled = journal.state === 'merging' ? null : { ...journal, state: 'unmerged' }
  } else {
    await moveInteractions(ctx, interactions, removed.id, kept.id)
    settled = { ...journal, state: 'merged', keptAfter: journal.keptAfter ?? requireContact(ctx, kept.id) }
  }
  if (settled) await writeMergeJournal(ctx.vault.dataDir, settled)
  else await removeMergeJournal(ctx.vault.dataDir, journal.undoId)
  await recountLastInteraction(
    ctx,
    [kept.id, removed.id].filter((id) => ctx.readModel.contacts.has(id)),
  )
  return settled
}

/** How long a finished merge can still be undone: its record is forgotten after that. */
export const mergeUndoDays = 30

/**
 * Finishes or rolls back every merge that a crash interrupted, and forgets the records of merges finished more
 * than `mergeUndoDays` ago (they hold full copies of two contacts); run when the vault opens.
 */
export const settleInterruptedMerges = async (ctx: CoreContext): Promise<void> => {
  const journals = await listMergeJournals(ctx.vault.dataDir)
  const forgetBefore = ctx.now() - mergeUndoDays * 86_400_000
  for (const journal of journals) {
    if (journal.state === 'merging' || journal.state === 'unmerging') await settleMerge(ctx, journal)
    else if (journal.mergedAt < forgetBefore) await removeMergeJournal(ctx.vault.dataDir, journal.undoId)
  }
}
