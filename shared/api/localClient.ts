import type { RapportClient } from './client'
import type { Dispatch, Session } from './dispatcher'
import { RapportError } from './errors'
import { createEventHub } from './eventHub'

/** A client that calls the core in the same process: the CLI when it owns the vault, and tests. */
export const createLocalClient = (dispatch: Dispatch): RapportClient => {
  const hub = createEventHub()
  const closeListeners: Array<() => void> = []
  // Events are cloned like calls below: listeners must not hold the core's own objects.
  const session: Session = {
    emit: (name, payload) => hub.emit(name, structuredClone(payload)),
    onClose: (l) => closeListeners.push(l),
  }
  let closed = false
  return {
    async call(command, input) {
      if (closed) throw new RapportError('unavailable', 'This connection to Rapport is closed.')
      // A structured clone, both ways, keeps the caller and the core from sharing objects, as any other transport would.
      const result = await dispatch(command, structuredClone(input), session)
      if (!result.ok) throw new RapportError(result.error.code, result.error.message, result.error.issues)
      return structuredClone(result.value) as never
    },
    on: hub.on,
    async close() {
      closed = true
      hub.clear()
      for (const listener of closeListeners.splice(0)) listener()
    },
  }
}
