/** A mistake the person at the terminal can fix: printed as one line, exit code 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliError'
  }
}

/** Exit codes of the `rapport` command. */
export const exitCodes = { ok: 0, userError: 1, usage: 2 } as const
