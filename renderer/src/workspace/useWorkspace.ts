import { useEffect, useState } from 'react'
import type { RapportClient } from '../../../shared/api/client'
import { followWorkspace, type WorkspaceView } from './followWorkspace'

/** The live workspace for as long as the component is shown. */
export const useWorkspace = (client: RapportClient): WorkspaceView => {
  const [view, setView] = useState<WorkspaceView>({ status: 'loading' })
  useEffect(() => followWorkspace(client, setView), [client])
  return view
}
