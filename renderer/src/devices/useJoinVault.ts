import { useCallback, useState } from 'react'
import type { PairingJoined } from '../../../shared/api/syncResults'
import { pairingCodeSchema } from '../../../shared/api/syncSchemas'
import { useRapport } from '../workspace/WorkspaceProvider'
import { syncFailureOf, type SyncFailure } from './syncAvailability'

/** Where joining stands: not yet, on its way, refused (the core's words, or the code's problem), or joined. */
export type JoinState =
  | { step: 'idle' }
  | { step: 'joining' }
  | { step: 'failed'; failure: SyncFailure }
  | { step: 'joined'; joined: PairingJoined }

/** Checks a typed code as the core will (grouping ignored), then `pair.join`s with it. */
export const useJoinVault = () => {
  const client = useRapport()
  const [state, setState] = useState<JoinState>({ step: 'idle' })
  const join = useCallback(
    async (typed: string) => {
      const code = pairingCodeSchema.safeParse(typed)
      if (!code.success) {
        const message = `This ${code.error.issues[0]?.message ?? 'is not a pairing code'}.`
        return setState({ step: 'failed', failure: { message, notRunning: false } })
      }
      setState({ step: 'joining' })
      try {
        setState({ step: 'joined', joined: await client.call('pair.join', { code: code.data }) })
      } catch (error) {
        setState({ step: 'failed', failure: syncFailureOf(error) })
      }
    },
    [client],
  )
  const reset = useCallback(() => setState({ step: 'idle' }), [])
  return { state, join, reset }
}
