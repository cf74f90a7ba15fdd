import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { showError } from '../feedback/showError'
import { useRapport } from '../workspace/WorkspaceProvider'
import { contactsLabel } from './importLabels'

/** Undoes a committed import, then says what it removed and gave back; answers whether it worked. */
export const useUndoImport = (onUndone: (importId: string) => void) => {
  const client = useRapport()
  const [busy, setBusy] = useState(false)
  const undo = async (importId: string): Promise<boolean> => {
    setBusy(true)
    try {
      const { removed, restored } = await client.call('imports.undo', { importId })
      const back = restored > 0 ? `; ${contactsLabel(restored)} got back what it changed` : ''
      notifications.show({ title: 'Import undone', message: `${contactsLabel(removed)} removed${back}.` })
      onUndone(importId)
      return true
    } catch (error) {
      showError('Could not undo the import', error)
      return false
    } finally {
      setBusy(false)
    }
  }
  return { undo, busy }
}
