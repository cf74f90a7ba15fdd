import { notifications } from '@mantine/notifications'
import { useBusyAction } from '../feedback/useBusyAction'
import { useRapport } from '../workspace/WorkspaceProvider'
import { contactsLabel } from './importLabels'

/** Undoes a committed import, then says what it removed and gave back; answers whether it worked. */
export const useUndoImport = (onUndone: (importId: string) => void) => {
  const client = useRapport()
  const { busy, run } = useBusyAction()
  const undo = async (importId: string): Promise<boolean> => {
    const undone = await run('Could not undo the import', () => client.call('imports.undo', { importId }))
    if (!undone) return false
    const back = undone.restored > 0 ? `; ${contactsLabel(undone.restored)} got back what it changed` : ''
    notifications.show({ title: 'Import undone', message: `${contactsLabel(undone.removed)} removed${back}.` })
    onUndone(importId)
    return true
  }
  return { undo, busy }
}
