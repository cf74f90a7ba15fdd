import { spawn } from 'node:child_process'
import path from 'node:path'

const bin = path.resolve(import.meta.dirname, '../../bin/rapport.js')

/** What a finished CLI run printed and how it exited. */
export type CliRun = { code: number | null; stdout: string; stderr: string }

/** Runs the real `rapport` command as its own process. */
export const runCli = (args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, ...env },
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
export const startServe = (dataDir: string) =>
  new Promise<{ endpoint: { url: string; token: string; pid: number }; stop: () => Promise<number | null> }>(
    (resolve, reject) => {
      const child = spawn(process.execPath, [bin, '--data-dir', dataDir, 'serve', '--json'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let out = ''
      let err = ''
      child.stderr.on('data', (d) => (err += d))
      child.on('close', (code) => reject(new Error(`serve exited early (${code}): ${err}`)))
      child.stdout.on('data', (d) => {
        out += d
        const line = out.split('\n').find((l) => l.startsWith('{'))
        if (!line) return
        child.removeAllListeners('close')
        resolve({
          endpoint: JSON.parse(line),
          stop: () =>
            new Promise((done) => {
              child.once('close', (code) => done(code))
              child.kill('SIGTERM')
            }),
        })
      })
    },
  )
