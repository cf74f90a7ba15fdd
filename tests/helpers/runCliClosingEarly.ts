import { spawn } from 'node:child_process'
import path from 'node:path'
import { localSyncEnv } from './localSyncEnv'

const bin = path.resolve(import.meta.dirname, '../../bin/rapport.js')

/** How a CLI run ended whose reader stopped reading after the first chunk of its output. */
export type ClosedEarlyRun = { code: number | null; signal: NodeJS.Signals | null; read: number; stderr: string }

/**
 * Runs the real `rapport` command with its standard output piped to a reader that closes the pipe as soon as the
 * first chunk arrives, as `rapport … | head` does.
 */
export const runCliClosingEarly = (args: string[]): Promise<ClosedEarlyRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, ...localSyncEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let read = 0
    let stderr = ''
    child.stdout.once('data', (chunk: Buffer) => {
      read = chunk.length
      child.stdout.destroy()
    })
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, read, stderr }))
  })
