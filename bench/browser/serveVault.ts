import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const bin = path.join(repoRoot, 'bin/rapport.js')

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

type Ready = { uiUrl: string; url: string; token: string }

const waitForReadyLine = (child: ChildProcess, timeoutMs: number): Promise<Ready> =>
  new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(
      () => reject(new Error(`rapport serve not ready after ${timeoutMs} ms: ${err}`)),
      timeoutMs,
    )
    child.stderr?.on('data', (d) => (err += d))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`rapport serve exited (${code}): ${err}`))
    })
    child.stdout?.on('data', (d) => {
      out += d
      const line = out.split('\n').find((l) => l.startsWith('{'))
      if (!line) return
      clearTimeout(timer)
      child.removeAllListeners('exit')
      resolve(JSON.parse(line) as Ready)
    })
  })

/**
 * Copies a cached vault (timestamps kept: the storage adapter loads chunks in mtime order, and the
 * cache must never change), then serves it with the UI and waits for the ready line.
 */
export const serveVaultCopy = async (cachedDir: string, { timeoutMs = 15 * 60_000 } = {}): Promise<ServedVault> => {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-browser-bench-'))
  const dataDir = path.join(work, 'vault')
  await fs.cp(cachedDir, dataDir, { recursive: true, preserveTimestamps: true })
  const started = performance.now()
  const child = spawn(process.execPath, [bin, '--data-dir', dataDir, 'serve', '--ui', '--json'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    await fs.rm(work, { recursive: true, force: true })
  }
  try {
    const { uiUrl, url, token } = await waitForReadyLine(child, timeoutMs)
    return { uiUrl, url, token, startMs: performance.now() - started, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
