import type { Page } from '@playwright/test'
import WebSocket from 'ws'
import type { RapportClient } from '../../../shared/api/client'
import { connectSocketClient, socketUrlWithToken, type SocketLike } from '../../../shared/api/socketClient'
import { spawnServe, type SpawnedServe } from '../../helpers/spawnServe'

/** A `rapport serve --ui` on a vault of its own. */
export type RapportServer = {
  dataDir: string
  uiUrl: string
  url: string
  token: string
  /** Where its sync peer listens (`host:port`), or null with `--no-sync`. */
  syncAddress: string | null
  /** An API client to arrange data or check results without the UI. */
  api: () => Promise<RapportClient>
  /** Stops the server (and its vault), then starts it again on the same vault. */
  restart: () => Promise<void>
  /** Stops the server with SIGTERM, as a supervisor would, and closes the API clients. */
  stop: () => Promise<void>
}

/** Opens the app in a page and waits until the board is on screen. */
export const openApp = async (page: Page, server: RapportServer): Promise<void> => {
  await page.goto(server.uiUrl)
  await page.getByRole('navigation', { name: 'Sections' }).waitFor()
  await page.getByLabel('Loading your workspace').waitFor({ state: 'detached' })
}

/** Starts `rapport serve --ui` on `dataDir`, with `args` besides (`--no-sync`, where to listen for devices). */
export const startRapportServer = async (dataDir: string, args: string[] = []): Promise<RapportServer> => {
  let serve: SpawnedServe = await spawnServe(dataDir, { ui: true, args })
  const clients: RapportClient[] = []
  const closeClients = () => Promise.all(clients.splice(0).map((c) => c.close()))
  return {
    dataDir,
    get uiUrl() {
      return serve.ready.uiUrl ?? ''
    },
    get url() {
      return serve.ready.url
    },
    get token() {
      return serve.ready.token
    },
    get syncAddress() {
      return serve.ready.syncAddress
    },
    api: async () => {
      const { url, token } = serve.ready
      const client = await connectSocketClient(
        () => new WebSocket(socketUrlWithToken(url, token)) as unknown as SocketLike,
      )
      clients.push(client)
      return client
    },
    restart: async () => {
      await closeClients()
      await serve.stop()
      serve = await spawnServe(dataDir, { ui: true, args })
    },
    stop: async () => {
      await closeClients()
      await serve.stop()
    },
  }
}
