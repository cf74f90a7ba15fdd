import type { Command } from 'commander'
import { requireBuiltUi } from './builtUiDir'
import { appVersion } from './appVersion'
import { CliError } from './CliError'
import type { CliContext } from './CliContext'

const parsePort = (value: string): number => {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`"${value}" is not a port number.`)
  return port
}

/** `rapport serve`: runs the core headless, serving the local API, until stopped. */
export const addServeCommand = (program: Command, cli: CliContext): void => {
  program
    .command('serve')
    .description('run Rapport headless, serving its local API until stopped (Ctrl+C)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '0')
    .option('--ui', 'also serve the app in a browser, at an address printed with its token')
    .option('--json', 'print one JSON line with the endpoint when ready')
    .action(async (opts) => {
      const dataDir = cli.dataDir()
      const port = parsePort(opts.port)
      const [{ launchRapport }, { serveStaticFiles }, { VaultBusyError }, { appDueItems }] = await Promise.all([
        import('../core/launchRapport'),
        import('../core/transport/serveStaticFiles'),
        import('../core/vault/openVault'),
        import('../core/reminders/appDueItems'),
      ])
      const http = opts.ui ? serveStaticFiles(requireBuiltUi()) : undefined
      const running = await launchRapport({
        dataDir,
        appVersion: appVersion(),
        socket: { host: opts.host, port, http },
        backups: true,
        reminders: { dueItems: appDueItems },
      }).catch((error: unknown) => {
        if (error instanceof VaultBusyError) {
          throw new CliError(`Rapport is already running for ${dataDir} (pid ${error.owner.pid}).`)
        }
        throw error
      })
      const server = running.server!
      const uiUrl = opts.ui ? `${server.httpUrl}#token=${encodeURIComponent(server.token)}` : null
      const ready = { url: server.url, token: server.token, httpUrl: server.httpUrl, uiUrl, pid: process.pid, dataDir }
      const lines = [`Rapport is serving ${dataDir}`, `  API:   ${server.url}`, `  token: ${server.token}`]
      if (uiUrl) lines.push(`  Open Rapport in your browser: ${uiUrl}`)
      lines.push('Press Ctrl+C to stop.')
      cli.print(opts.json ? JSON.stringify(ready) : lines.join('\n'))
      // Until stopped, or until the documents turn out not to load (the vault is damaged).
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve)
        process.once('SIGTERM', resolve)
        running.loaded.catch((error: Error) => {
          process.stderr.write(`Rapport could not load ${dataDir}: ${error.message}\n`)
          process.exitCode = 1
          resolve()
        })
      })
      await running.stop()
    })
}
