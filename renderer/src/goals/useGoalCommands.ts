import { useMemo } from 'react'
import type { Goal } from '../../../shared/domain'
import { showError } from '../feedback/showError'
import { showUndoable } from '../feedback/showUndoable'
import { useRapport } from '../workspace/WorkspaceProvider'
import type { GoalDraft } from './GoalForm'

/** Creating, editing and archiving goals; each answers whether it worked, a failure shown in the core's words. */
export const useGoalCommands = () => {
  const client = useRapport()
  return useMemo(() => {
    const attempt = async (failure: string, work: () => Promise<unknown>): Promise<boolean> => {
      try {
        await work()
        return true
      } catch (error) {
        showError(failure, error)
        return false
      }
    }
    return {
      create: (draft: GoalDraft) => attempt('Could not create the goal', () => client.call('goals.create', draft)),
      update: (goal: Goal, draft: GoalDraft) =>
        attempt('Could not save the goal', () => client.call('goals.update', { id: goal.id, fields: draft })),
      archive: async (goal: Goal) => {
        const ok = await attempt('Could not archive the goal', () =>
          client.call('goals.archive', { id: goal.id, archived: true }),
        )
        if (ok) {
          showUndoable({
            title: `Archived “${goal.title}”`,
            message: 'It no longer counts or shows here.',
            undo: () => client.call('goals.archive', { id: goal.id, archived: false }),
            undone: `“${goal.title}” is back.`,
          })
        }
      },
    }
  }, [client])
}
