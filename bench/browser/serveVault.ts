import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { spawnServe } from '../../tests/helpers/spawnServe'

/** A `rapport serve --ui` on a copy of a cached vault. */
export type ServedVault = {
  uiUrl: string
  /** The core's WebSocket endpoint and its token. */
  url: string
  token: string
  /** From spawning the process to its ready line: the core's cold open and more. */
  startMs: number
  stop: () => Promise<void>
}

/**
 * Copies a cached vault (timestamps kept: the storage adapter loads chunks in mtime order, and the
 * cache must never change), then serves it with the UI and waits for the ready line.
 */
export const serveVaultCopy = async (cachedDir: string, { timeoutMs = 15 * 60_000 } = {}): Promise<ServedVault> => {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-browser-bench-'))
  const dataDir = path.join(work, 'vault')
  await fs.cp(cachedDir, dataDir, { recursive: true, preserveTimestamps: true })
  const started = performance.now()
  try {
    const { ready, stop: stopServe } = await spawnServe(dataDir, { ui: true, timeoutMs })
    const stop = async () => {
      await stopServe()
      await fs.rm(work, { recursive: true, force: true })
    }
    return { uiUrl: ready.uiUrl ?? '', url: ready.url, token: ready.token, startMs: performance.now() - started, stop }
  } catch (error) {
    await fs.rm(work, { recursive: true, force: true })
    throw error
  }
}
