import { CommanderError } from 'commander'
import { RapportError } from '../../shared/api/errors'
import { buildProgram } from './buildProgram'
import { CliError, exitCodes } from './CliError'
import { terminalOutput } from './terminalOutput'

const io = terminalOutput()

/** Runs the CLI and answers with its exit code: 0 ok, 1 a user error, 2 bad usage. */
export const runCli = async (argv: string[]): Promise<number> => {
  const program = buildProgram(io)
  try {
    await program.parseAsync(argv, { from: 'user' })
    return exitCodes.ok
  } catch (error) {
    if (error instanceof CommanderError) {
      const informational = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)
      return informational || error.exitCode === 0 ? exitCodes.ok : exitCodes.usage
    }
    if (error instanceof CliError || error instanceof RapportError) {
      io.err(`rapport: ${error.message}\n`)
      return exitCodes.userError
    }
    io.err(`rapport: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return exitCodes.userError
  }
}

const code = await runCli(process.argv.slice(2))
// A write error seen meanwhile (terminalOutput) may already have set the exit code: keep it.
process.exitCode ||= code
