import { spawn } from 'node:child_process'
import path from 'node:path'
import { localSyncEnv } from './localSyncEnv'
import { spawnServe } from './spawnServe'

const bin = path.resolve(import.meta.dirname, '../../bin/rapport.js')

/** What a finished CLI run printed and how it exited. */
export type CliRun = { code: number | null; stdout: string; stderr: string }

/** Runs the real `rapport` command as its own process, with sync kept on loopback (`localSyncEnv`). */
export const runCli = (args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, ...localSyncEnv, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })

/** Starts `rapport serve --json` and resolves with its endpoint once it prints it. */
export const startServe = async (dataDir: string) => {
  const { ready, stop } = await spawnServe(dataDir)
  return { endpoint: ready, stop }
}
