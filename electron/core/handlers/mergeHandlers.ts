import type { Handlers } from '../../../shared/api/dispatcher'
import { RapportError } from '../../../shared/api/errors'
import type { ContactId } from '../../../shared/domain'
import type { MergeJournal } from '../../../shared/merge/mergeJournal'
import { unmergeChanges } from '../../../shared/merge/unmergeChanges'
import { mergeContacts } from '../../../shared/mutators/mergeContacts'
import { unmergeContacts } from '../../../shared/mutators/unmergeContacts'
import { mergeContactFields } from '../../../shared/selectors/mergeContactFields'
import type { CoreContext } from './CoreContext'
import { readMergeJournal, writeMergeJournal } from './mergeJournalFiles'
import { copyInteractions, dropInteractions } from './moveInteractions'
import { recountLastInteraction } from './recountLastInteraction'
import { requireContact } from './requireContact'
import { atRestorePosition } from './restorePosition'
import { settleMerge } from './settleMerge'

type MergeHandlers = Pick<Handlers, 'contacts.merge' | 'contacts.unmerge'>

/**
 * Runs the steps of a merge or unmerge under its journal. Whatever step fails, the journal is
 * settled at once (and, should the process die first, when the vault next opens): the state that
 * the workspace change reached decides whether it is finished or rolled back.
 */
const underJournal = async (ctx: CoreContext, journal: MergeJournal, steps: () => Promise<MergeJournal>) => {
  await writeMergeJournal(ctx.vault.dataDir, journal)
  try {
    const done = await steps()
    await writeMergeJournal(ctx.vault.dataDir, done)
    return done
  } catch (error) {
    const settled = await settleMerge(ctx, journal).catch(() => null)
    if (settled && settled.state === (journal.state === 'merging' ? 'merged' : 'unmerged')) return settled
    throw error
  }
}

/** Combining two records of one person into one, without losing a field or an interaction, and undoing it. */
export const mergeHandlers = (ctx: CoreContext): MergeHandlers => {
  // Merges run one at a time: each reads the contacts it changes before it writes them.
  let queue: Promise<unknown> = Promise.resolve()
  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task)
    queue = run.catch(() => undefined)
    return run
  }

  return {
    'contacts.merge': ({ keepId, mergeId }) =>
      oneAtATime(async () => {
        if (keepId === mergeId) throw new RapportError('bad_request', 'A contact cannot be merged with itself.')
        const kept = requireContact(ctx, keepId)
        const removed = requireContact(ctx, mergeId)
        const interactions = ctx.vault.interactions.forContact(mergeId)
        const journal: MergeJournal = {
          kind: 'rapport.merge',
          version: 1,
          undoId: ctx.newId(),
          state: 'merging',
          mergedAt: ctx.now(),
          kept,
          keptAfter: null,
          removed,
          interactions,
        }
        const done = await underJournal(ctx, journal, async () => {
          // Copies first, then the workspace change (the commit point), then the originals go.
          await copyInteractions(ctx, interactions, keepId)
          // Both are read again: an edit that landed while the copies were written is merged (and undone) too.
          const before = { kept: requireContact(ctx, keepId), removed: requireContact(ctx, mergeId) }
          const fields = mergeContactFields(before.kept, before.removed)
          await ctx.changeWorkspace((doc) => mergeContacts(doc, { keepId, mergeId, fields, now: ctx.now() }))
          await dropInteractions(ctx, interactions, mergeId)
          return { ...journal, ...before, state: 'merged', keptAfter: requireContact(ctx, keepId) }
        })
        await recountLastInteraction(ctx, [keepId])
        return { contact: requireContact(ctx, keepId), undoId: done.undoId }
      }),

    'contacts.unmerge': ({ undoId }) =>
      oneAtATime(async () => {
        const journal = await readMergeJournal(ctx.vault.dataDir, undoId)
        if (journal.state !== 'merged' || !journal.keptAfter) {
          throw new RapportError('conflict', 'This merge has already been undone.')
        }
        const { kept, keptAfter, removed, interactions } = journal
        const current = ctx.readModel.contacts.get(kept.id)
        if (!current) {
          throw new RapportError('conflict', 'The merged contact was deleted or merged again since; undo that first.')
        }
        if (ctx.readModel.contacts.has(removed.id)) {
          throw new RapportError('conflict', `A contact with id ${removed.id} already exists.`)
        }
        const changes = unmergeChanges(kept, keptAfter, current)
        const restored = atRestorePosition(ctx, removed)
        await underJournal(ctx, { ...journal, state: 'unmerging' }, async () => {
          await copyInteractions(ctx, interactions, removed.id)
          await ctx.changeWorkspace((doc) =>
            unmergeContacts(doc, { keepId: kept.id, changes, removed: restored, now: ctx.now() }),
          )
          await dropInteractions(ctx, interactions, kept.id)
          return { ...journal, state: 'unmerged' }
        })
        await recountLastInteraction(ctx, [kept.id as ContactId, removed.id as ContactId])
        return { kept: requireContact(ctx, kept.id), restored: requireContact(ctx, removed.id) }
      }),
  }
}
