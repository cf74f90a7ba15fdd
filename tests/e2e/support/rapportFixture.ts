import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { test as base, type Page } from '@playwright/test'
import WebSocket from 'ws'
import type { RapportClient } from '../../../shared/api/client'
import { spawnServe } from '../../helpers/spawnServe'
import { connectSocketClient, socketUrlWithToken, type SocketLike } from '../../../shared/api/socketClient'

/** A `rapport serve --ui` on a fresh vault, for one test. */
export type RapportServer = {
  dataDir: string
  uiUrl: string
  url: string
  token: string
  /** An API client to arrange data or check results without the UI. */
  api: () => Promise<RapportClient>
  /** Stops the server (and its vault), then starts it again on the same vault. */
  restart: () => Promise<void>
}

/** Opens the app in a page and waits until the board is on screen. */
export const openApp = async (page: Page, server: RapportServer): Promise<void> => {
  await page.goto(server.uiUrl)
  await page.getByRole('navigation', { name: 'Sections' }).waitFor()
  await page.getByLabel('Loading your workspace').waitFor({ state: 'detached' })
}

export const test = base.extend<{ rapport: RapportServer }>({
  // Playwright reads a fixture's dependencies from this pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  rapport: async ({}, use) => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-e2e-'))
    const dataDir = path.join(root, 'vault')
    let { ready, stop } = await spawnServe(dataDir, { ui: true })
    const clients: RapportClient[] = []
    const server: RapportServer = {
      dataDir,
      get uiUrl() {
        return ready.uiUrl ?? ''
      },
      get url() {
        return ready.url
      },
      get token() {
        return ready.token
      },
      api: async () => {
        const client = await connectSocketClient(
          () => new WebSocket(socketUrlWithToken(ready.url, ready.token)) as unknown as SocketLike,
        )
        clients.push(client)
        return client
      },
      restart: async () => {
        await Promise.all(clients.splice(0).map((c) => c.close()))
        await stop()
        ;({ ready, stop } = await spawnServe(dataDir, { ui: true }))
      },
    }
    await use(server)
    await Promise.all(clients.map((c) => c.close()))
    await stop()
    await fs.rm(root, { recursive: true, force: true })
  },
})

export { expect } from '@playwright/test'
