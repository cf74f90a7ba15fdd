import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { localSyncEnv } from './localSyncEnv'
import type { CliRun } from './runCli'

const bin = path.resolve(import.meta.dirname, '../../bin/rapport.js')

/** A `rapport` command still running: what it has printed so far, and how it ends. */
export type RunningCli = {
  child: ChildProcess
  stdout: () => string
  stderr: () => string
  /** Resolves with what the stream printed so far once it matches; rejects if the command ends first. */
  printed: (stream: 'stdout' | 'stderr', pattern: RegExp) => Promise<string>
  ended: Promise<CliRun>
}

/** Starts the real `rapport` command as its own process (sync kept on loopback), without waiting for it to end. */
export const spawnCli = (args: string[]): RunningCli => {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...process.env, ...localSyncEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => (stderr += d))
  const ended = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
  const printed = (stream: 'stdout' | 'stderr', pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const text = () => (stream === 'stdout' ? stdout : stderr)
      const check = () => {
        if (!pattern.test(text())) return
        child[stream].off('data', check)
        resolve(text())
      }
      child[stream].on('data', check)
      check()
      void ended.then(() => reject(new Error(`rapport ended before printing ${pattern}: ${stderr}`)))
    })
  return { child, stdout: () => stdout, stderr: () => stderr, printed, ended }
}
