import { useEffect, useState } from 'react'
import type { CommandInput, CommandName, CommandOutput } from '../../../shared/api/contract'
import { useVaultLoading } from './useVaultLoading'
import { useRapport, useWorkspaceView } from './WorkspaceProvider'

/** A query's latest answer, the failure of the latest try, and whether one is on its way. */
export type LiveQuery<T> = { data: T | undefined; error: string | null; loading: boolean }

/**
 * Calls a read-only command and calls it again whenever the workspace changes (its version in the mirror) or the
 * vault's documents finish loading after launch, so a view computed by the core stays live. `key` stands for the input: the call is made again when it changes.
 */
export const useLiveQuery = <K extends CommandName>(
  command: K,
  input: CommandInput<K>,
  key: string = JSON.stringify(input),
): LiveQuery<CommandOutput<K>> => {
  const client = useRapport()
  const view = useWorkspaceView()
  const version = view.status === 'ready' ? view.mirror.version : -1
  // A view answered from the read-model cache at launch is asked again once the documents have loaded.
  const vaultLoading = useVaultLoading(client)
  const [state, setState] = useState<LiveQuery<CommandOutput<K>>>({ data: undefined, error: null, loading: true })
  useEffect(() => {
    let current = true
    setState((s) => ({ ...s, loading: true }))
    client.call(command, input).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) =>
        current && setState((s) => ({ ...s, error: (error as Error)?.message ?? String(error), loading: false })),
    )
    return () => {
      current = false
    }
    // The input is compared by its key, so an equal object made anew does not call again.
  }, [client, command, key, version, vaultLoading])
  return state
}
