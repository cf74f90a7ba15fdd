import { BoardOverview } from './BoardOverview'
import { useRapport } from '../workspace/WorkspaceProvider'

/** The kanban board of relationship stages. */
export const BoardView = () => <BoardOverview client={useRapport()} />
