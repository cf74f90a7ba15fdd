import { RapportError } from '../api/errors'
import type { StageId } from '../domain/ids'
import { scalar } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'

/** Adds a stage (a board column) at a rank. */
export const createStage = (
  doc: WorkspaceDoc,
  args: { id: StageId; name: string; colour: string; rank: string; now: number },
): void => {
  if (doc.stages[args.id]) throw new RapportError('conflict', `A stage with id ${args.id} already exists.`)
  doc.stages[args.id] = {
    name: scalar(args.name),
    colour: scalar(args.colour),
    rank: scalar(args.rank),
    archived: false,
    createdAt: args.now,
  }
}
