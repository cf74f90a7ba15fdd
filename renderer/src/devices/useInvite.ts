import { useCallback, useEffect, useState } from 'react'
import type { PairingInvite } from '../../../shared/api/syncResults'
import { useRapport } from '../workspace/WorkspaceProvider'
import { syncFailureOf, type SyncFailure } from './syncAvailability'

/** A pairing invite while the "Add a device" dialog is open: asked for on opening, and anew on request. */
export type InviteState = {
  invite: PairingInvite | null
  failure: SyncFailure | null
  asking: boolean
  /** The ids of the devices known when the current code was made: a device not among them has joined since. */
  knownIds: ReadonlySet<string>
  renew: () => void
}

/** Calls `pair.invite` when `opened` becomes true and on `renew`; drops the code when the dialog closes. */
export const useInvite = (opened: boolean, currentIds: () => string[]): InviteState => {
  const client = useRapport()
  const [round, setRound] = useState(0)
  const [state, setState] = useState<Omit<InviteState, 'renew'>>({
    invite: null,
    failure: null,
    asking: false,
    knownIds: new Set(),
  })
  useEffect(() => {
    if (!opened) return setState({ invite: null, failure: null, asking: false, knownIds: new Set() })
    let current = true
    const knownIds = new Set(currentIds())
    setState((s) => ({ ...s, asking: true, failure: null }))
    client.call('pair.invite', {}).then(
      (invite) => current && setState({ invite, failure: null, asking: false, knownIds }),
      (error: unknown) => current && setState({ invite: null, failure: syncFailureOf(error), asking: false, knownIds }),
    )
    return () => {
      current = false
    }
    // `currentIds` is read once per code, when it is asked for.
  }, [client, opened, round])
  const renew = useCallback(() => setRound((n) => n + 1), [])
  return { ...state, renew }
}
