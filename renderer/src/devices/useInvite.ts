import { useCallback, useEffect, useRef, useState } from 'react'
import type { PairingInvite } from '../../../shared/api/syncResults'
import { useRapport } from '../workspace/WorkspaceProvider'
import { syncFailureOf, type SyncFailure } from './syncAvailability'

/** A pairing invite while "Add a device" is open: asked for on opening, and anew on request. */
export type InviteState = {
  invite: PairingInvite | null
  /** When the current code arrived (this page's clock): its countdown never starts before that. */
  receivedAt: number
  failure: SyncFailure | null
  asking: boolean
  /** The ids of the devices known when the current code was asked for: a device not among them has joined since. */
  knownIds: ReadonlySet<string>
  renew: () => void
}

/** Calls `pair.invite` once shown and on each `renew`; `currentIds` is read as each code is asked for. */
export const useInvite = (currentIds: () => string[]): InviteState => {
  const client = useRapport()
  const [round, setRound] = useState(0)
  const [state, setState] = useState<Omit<InviteState, 'renew'>>({
    invite: null,
    receivedAt: 0,
    failure: null,
    asking: true,
    knownIds: new Set(),
  })
  // The latest list, read when a code is asked for, without asking again each time the list changes.
  const ids = useRef(currentIds)
  useEffect(() => {
    ids.current = currentIds
  })
  useEffect(() => {
    let current = true
    const knownIds = new Set(ids.current())
    setState((s) => ({ ...s, asking: true, failure: null }))
    client.call('pair.invite', {}).then(
      (invite) => current && setState({ invite, receivedAt: Date.now(), failure: null, asking: false, knownIds }),
      (error: unknown) =>
        current && setState({ invite: null, receivedAt: 0, failure: syncFailureOf(error), asking: false, knownIds }),
    )
    return () => {
      current = false
    }
  }, [client, round])
  const renew = useCallback(() => setRound((n) => n + 1), [])
  return { ...state, renew }
}
