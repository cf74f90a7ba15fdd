import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { localSyncEnv } from './localSyncEnv'

const repoRoot = path.resolve(import.meta.dirname, '../..')
const bin = path.join(repoRoot, 'bin/rapport.js')

/** What `rapport serve --json` prints on its one ready line. */
export type ServeReady = {
  url: string
  token: string
  httpUrl: string
  uiUrl: string | null
  /** Where its sync peer listens (`host:port`), or null with `--no-sync`. */
  syncAddress: string | null
  pid: number
}

/** A running `rapport serve`: its ready line, and a stop that answers with its exit code. */
export type SpawnedServe = { child: ChildProcess; ready: ServeReady; stop: () => Promise<number | null> }

/**
 * Starts the real `rapport serve --json` (with `--ui` and other `args` when asked) on a data folder, as its own
 * process, with sync kept on loopback (`localSyncEnv`), and resolves once it prints its ready line; rejects with its
 * stderr if it exits first or is not ready in time. `onStderr` sees what it logs.
 */
export const spawnServe = (
  dataDir: string,
  options: { ui?: boolean; args?: string[]; timeoutMs?: number; onStderr?: (text: string) => void } = {},
): Promise<SpawnedServe> =>
  new Promise((resolve, reject) => {
    const args = [
      bin,
      '--data-dir',
      dataDir,
      'serve',
      ...(options.ui ? ['--ui'] : []),
      ...(options.args ?? []),
      '--json',
    ]
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      env: { ...process.env, ...localSyncEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const stop = (): Promise<number | null> =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode)
        child.once('exit', (code) => done(code))
        child.kill('SIGTERM')
      })
    let out = ''
    let err = ''
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`rapport serve was not ready after ${options.timeoutMs} ms: ${err}`))
    }, options.timeoutMs ?? 60_000)
    child.stderr?.on('data', (d) => {
      err += d
      options.onStderr?.(String(d))
    })
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
      resolve({ child, ready: JSON.parse(line) as ServeReady, stop })
    })
  })
