import WebSocket from 'ws'
import type { RapportClient } from '../../../shared/api/client'
import { connectSocketClient, socketUrlWithToken, type SocketLike } from '../../../shared/api/socketClient'
import type { InstanceEndpoint } from '../vault/vaultLock'

/** Connects from Node (the CLI, tests) to a running instance's local endpoint. */
export const connectToInstance = (endpoint: InstanceEndpoint): Promise<RapportClient> =>
  connectSocketClient(
    () =>
      new WebSocket(socketUrlWithToken(endpoint.url, endpoint.token), {
        maxPayload: 512 * 1024 * 1024,
      }) as unknown as SocketLike,
  )
