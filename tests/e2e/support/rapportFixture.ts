import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { test as base } from '@playwright/test'
import { startRapportServer, type RapportServer } from './rapportServer'

export { openApp, type RapportServer } from './rapportServer'

/** A temporary folder for one test's vaults, removed afterwards. */
export const makeTempRoot = (): Promise<string> => fs.mkdtemp(path.join(os.tmpdir(), 'rapport-e2e-'))

export const test = base.extend<{ rapport: RapportServer; serveArgs: string[] }>({
  // What the test's `rapport serve` is started with besides `--ui` (`test.use({ serveArgs: ['--no-sync'] })`).
  serveArgs: [[], { option: true }],
  rapport: async ({ serveArgs }, use) => {
    const root = await makeTempRoot()
    const server = await startRapportServer(path.join(root, 'vault'), serveArgs)
    await use(server)
    await server.stop()
    await fs.rm(root, { recursive: true, force: true })
  },
})

export { expect } from '@playwright/test'
