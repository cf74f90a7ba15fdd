import { createContext, useContext, type ReactNode } from 'react'
import type { RapportClient } from '../../../shared/api/client'
import type { WorkspaceMirror } from '../../../shared/api/workspaceMirror'
import type { WorkspaceView } from './followWorkspace'
import { useWorkspace } from './useWorkspace'

type WorkspaceContextValue = { client: RapportClient; view: WorkspaceView }

const WorkspaceContext = createContext<WorkspaceContextValue | null>(null)

/** Follows the live workspace once for the whole app, so every view shares one subscription. */
export const WorkspaceProvider = ({ client, children }: { client: RapportClient; children: ReactNode }) => {
  const view = useWorkspace(client)
  return <WorkspaceContext.Provider value={{ client, view }}>{children}</WorkspaceContext.Provider>
}

const useWorkspaceContext = (): WorkspaceContextValue => {
  const value = useContext(WorkspaceContext)
  if (!value) throw new Error('useRapport and useWorkspaceView need a <WorkspaceProvider> above them.')
  return value
}

/** The API client: every change goes through it. */
export const useRapport = (): RapportClient => useWorkspaceContext().client

/** The workspace as the UI sees it: loading, ready (with the mirror) or failed. */
export const useWorkspaceView = (): WorkspaceView => useWorkspaceContext().view

/** The live mirror; only for components shown once the workspace is ready. */
export const useMirror = (): WorkspaceMirror => {
  const view = useWorkspaceView()
  if (view.status !== 'ready') throw new Error('useMirror is for components shown once the workspace is ready.')
  return view.mirror
}
