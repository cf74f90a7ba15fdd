import type { RapportClient } from '../../../shared/api/client'
import type { RapportBridge } from '../../../shared/api/ipcChannels'
import { createMessageClient } from '../../../shared/api/messageClient'

/**
 * A client over the Electron preload's bridge. A call the main process cannot answer at all
 * (it is shutting down) fails with 'unavailable' like a dropped socket would.
 */
export const createBridgeClient = (bridge: RapportBridge): RapportClient => {
  let stopEvents = (): void => undefined
  const { client, receive } = createMessageClient({
    send: (request) => {
      bridge.call(request).then(receive, (error: unknown) =>
        receive({
          type: 'result',
          id: request.id,
          ok: false,
          error: { code: 'unavailable', message: `Rapport did not answer: ${(error as Error)?.message ?? error}` },
        }),
      )
    },
    close: () => stopEvents(),
  })
  stopEvents = bridge.onEvent(receive)
  return client
}
