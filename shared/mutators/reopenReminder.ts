import { RapportError } from '../api/errors'
import type { ReminderId } from '../domain/ids'
import { readScalar, scalar } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findReminderRecord } from './findRecords'

/** Opens a done or dismissed reminder again (the Undo of completing or dismissing it); an open one is refused. */
export const reopenReminder = (doc: WorkspaceDoc, args: { id: ReminderId }): void => {
  const record = findReminderRecord(doc, args.id)
  if (readScalar(record.status) === 'open') throw new RapportError('conflict', `The reminder ${args.id} is open.`)
  record.status = scalar('open')
  delete record.resolvedAt
}
