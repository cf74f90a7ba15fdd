import { exitCodes } from './CliError'

/** Where the CLI prints: standard output and standard error, or stand-ins for them in tests. */
export type TerminalOutput = { out: (text: string) => void; err: (text: string) => void }

type Stream = {
  write: (text: string) => unknown
  on: (event: 'error', listener: (error: NodeJS.ErrnoException) => void) => unknown
}

/**
 * Printing that behaves when the reader goes away, as Unix tools do: once a stream's pipe is closed
 * (`rapport contacts list --json | head`), its write errors are handled and later writes to it are dropped, so the
 * command finishes quietly (no stack trace, the exit code it would have had). Any other write error (a full disk
 * behind `> file`) is reported on the other stream when it can be, and makes the exit code 1. Every write to these
 * streams is covered, including those made directly with `process.stdout.write`.
 */
export const terminalOutput = (
  streams: { out: Stream; err: Stream } = { out: process.stdout, err: process.stderr },
  setFailed: () => void = () => (process.exitCode ||= exitCodes.userError),
): TerminalOutput => {
  const open = { out: true, err: true }
  const write = (name: 'out' | 'err', text: string) => {
    if (open[name]) streams[name].write(text)
  }
  const watch = (name: 'out' | 'err', other: 'out' | 'err', label: string) =>
    streams[name].on('error', (error: NodeJS.ErrnoException) => {
      open[name] = false
      if (error.code === 'EPIPE') return
      setFailed()
      write(other, `rapport: cannot write to ${label}: ${error.message}\n`)
    })
  watch('out', 'err', 'standard output')
  watch('err', 'out', 'standard error')
  return { out: (text) => write('out', text), err: (text) => write('err', text) }
}
