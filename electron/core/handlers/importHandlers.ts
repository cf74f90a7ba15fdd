import type { Handlers } from '../../../shared/api/dispatcher'
import { RapportError } from '../../../shared/api/errors'
import type { StageId } from '../../../shared/domain'
import { maxImportRecords, maxPreviewItems } from '../../../shared/import/importSchemas'
import { addRelatedRecords } from './addRelatedRecords'
import { boardStages } from '../../../shared/selectors/boardStages'
import { commitImport } from './commitImport'
import type { CoreContext } from './CoreContext'
import { listImportJournals } from './importJournalFiles'
import { planStagedImport, requireImportStage } from './planStagedImport'
import { StagedImports } from './StagedImports'
import { undoImport } from './undoImport'

type ImportHandlers = Pick<
  Handlers,
  | 'imports.begin'
  | 'imports.add'
  | 'imports.preview'
  | 'imports.commit'
  | 'imports.cancel'
  | 'imports.undo'
  | 'imports.list'
>

/** Runs commits and undos one at a time, so that neither plans against a vault the other is changing. */
const oneAtATime = () => {
  let queue: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }
}

/** Commands that import a parsed file in batches, preview it, commit it, and undo it later. */
export const importHandlers = (ctx: CoreContext): ImportHandlers => {
  const staged = new StagedImports()
  const exclusive = oneAtATime()
  return {
    async 'imports.begin'({ format, stageId, tags }, session) {
      const stage = stageId ?? boardStages(ctx.readModel.stages.values())[0]?.id
      if (!stage) throw new RapportError('conflict', 'There is no active stage to import contacts into.')
      requireImportStage(ctx, stage)
      const importId = ctx.newId()
      staged.begin({ importId, session, format, stageId: stage as StageId, tags })
      return { importId }
    },

    async 'imports.add'({ importId, contacts, skipped, ...related }, session) {
      const entry = staged.get(importId, session)
      if (entry.contacts.length + entry.skipped.length + contacts.length + skipped.length > maxImportRecords) {
        throw new RapportError(
          'bad_request',
          `An import holds at most ${maxImportRecords.toLocaleString('en')} records.`,
        )
      }
      addRelatedRecords(entry.related, related)
      entry.contacts.push(...contacts)
      entry.skipped.push(...skipped)
      return { received: entry.contacts.length }
    },

    async 'imports.preview'({ importId }, session) {
      const entry = staged.get(importId, session)
      requireImportStage(ctx, entry.stageId)
      const plan = planStagedImport(ctx, entry)
      return {
        counts: plan.counts,
        reviews: plan.reviews.slice(0, maxPreviewItems),
        inFileDuplicates: plan.inFileDuplicates.slice(0, maxPreviewItems),
        skipped: plan.allSkipped.slice(0, maxPreviewItems),
      }
    },

    async 'imports.commit'({ importId }, session) {
      const entry = staged.get(importId, session)
      entry.committing = true
      try {
        const committed = await exclusive(() =>
          commitImport(ctx, entry, (written, total) => session.emit('imports.progress', { importId, written, total })),
        )
        staged.drop(importId)
        return committed
      } finally {
        entry.committing = false
      }
    },

    async 'imports.cancel'({ importId }, session) {
      staged.get(importId, session)
      staged.drop(importId)
      return null
    },

    async 'imports.undo'({ importId }) {
      return exclusive(() => undoImport(ctx, importId))
    },

    async 'imports.list'() {
      const journals = await listImportJournals(ctx.vault.dataDir)
      return journals.map(({ importId, format, importedAt, counts, undoneAt }) => ({
        importId,
        format,
        importedAt,
        counts,
        undone: undoneAt !== null,
      }))
    },
  }
}
