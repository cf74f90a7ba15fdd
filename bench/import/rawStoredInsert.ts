import * as A from '@automerge/automerge'
import { generateNKeysBetween } from 'fractional-indexing'
import type { ContactId, StageId } from '../../shared/domain/ids'
import type { ImportedContact } from '../../shared/import/importedContact'
import { createContact } from '../../shared/mutators/createContact'
import { initWorkspace } from '../../shared/mutators/initWorkspace'
import { defaultStages } from '../../shared/schema/defaultStages'
import type { WorkspaceDoc } from '../../shared/schema/workspaceDoc'

/**
 * Writes every record into an empty workspace document exactly as an import stores it (the same fields, ids,
 * ranks and sources), without the repo, planning, journal or disk: in one Automerge change, or in changes of
 * `batchSize` records. `time` is handed the work to time; the workspace is laid out before.
 */
export const rawStoredInsert = (
  contacts: ImportedContact[],
  time: (run: () => void) => void,
  batchSize = contacts.length,
): void => {
  const stageIds = defaultStages.map((_, i) => `stage-${i}` as StageId)
  const empty = A.change(A.init<WorkspaceDoc>(), (doc) =>
    initWorkspace(doc, { now: 0, stageIds, syncSecret: '00'.repeat(32) }),
  )
  const ranks = generateNKeysBetween(null, null, contacts.length)
  const records = contacts.map(({ line: _line, birthday: _birthday, ...fields }, i) => ({
    id: `contact-${i}` as ContactId,
    fields,
    rank: ranks[i],
  }))
  time(() => {
    let doc = empty
    for (let start = 0; start < records.length; start += batchSize) {
      doc = A.change(doc, (d) => {
        for (const { id, fields, rank } of records.slice(start, start + batchSize)) {
          createContact(d, { id, fields, sources: ['linkedin'], stageId: stageIds[0], rank, now: 1 })
        }
      })
    }
  })
}
