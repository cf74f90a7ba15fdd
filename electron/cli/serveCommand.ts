import type { Command } from 'commander'
import type { LaunchedRapport } from '../core/launchRapport'
import { requireBuiltUi } from './builtUiDir'
import { appVersion } from './appVersion'
import { CliError } from './CliError'
import type { CliContext } from './CliContext'
import { logDeviceChanges } from './logDeviceChanges'

const parsePort = (value: string): number => {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`"${value}" is not a port number.`)
  return port
}

/** Where this process's sync peer listens (`host:port`), once the documents are loaded and it is up; or null. */
const syncAddressOf = async (running: LaunchedRapport): Promise<string | null> => {
  const loaded = await running.loaded.catch(() => null)
  const listening = loaded?.sync?.currentPeer?.listening()
  if (!listening) return null
  return listening.host.includes(':') ? `[${listening.host}]:${listening.port}` : `${listening.host}:${listening.port}`
}

const stderrLine = (line: string) => process.stderr.write(`${line}\n`)

/**
 * `rapport serve`: runs the core headless, serving the local API, and (unless `--no-sync`) the sync peer that keeps
 * this user's paired devices in step, logging their connections and syncs to stderr, until stopped.
 */
export const addServeCommand = (program: Command, cli: CliContext): void => {
  program
    .command('serve')
    .description('run Rapport headless: its local API and the sync peer for your devices, until stopped (Ctrl+C)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '0')
    .option('--ui', 'also serve the app in a browser, at an address printed with its token')
    .option('--json', 'print one JSON line with the endpoint when ready')
    .option('--no-sync', 'do not sync with paired devices')
    .option('--sync-host <host>', 'address the sync peer listens on (default: $RAPPORT_SYNC_HOST, else 0.0.0.0)')
    .option('--sync-port <port>', 'port the sync peer listens on (default: the saved one, else 47600 or any free one)')
    .option(
      '--no-discovery',
      'do not look for devices on the network (also RAPPORT_DISCOVERY=off); addresses still work',
    )
    .action(async (opts) => {
      const dataDir = cli.dataDir()
      const port = parsePort(opts.port)
      const sync = opts.sync
        ? {
            host: opts.syncHost,
            port: opts.syncPort === undefined ? null : parsePort(opts.syncPort),
            // Off with --no-discovery; otherwise as this device's settings say (and RAPPORT_DISCOVERY, read by the core).
            discovery: opts.discovery ? undefined : false,
          }
        : undefined
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
        sync,
        // The sync peer works on the documents: load them now rather than when a window first asks.
        loadWhen: sync ? Promise.resolve() : undefined,
      }).catch((error: unknown) => {
        if (error instanceof VaultBusyError) {
          throw new CliError(`Rapport is already running for ${dataDir} (pid ${error.owner.pid}).`)
        }
        throw error
      })
      // Until stopped, or until the documents turn out not to load (the vault is damaged). Listening for the signals
      // before the ready line is printed: whoever reads it may stop this process at once.
      const stopped = new Promise<void>((resolve) => {
        process.once('SIGINT', resolve)
        process.once('SIGTERM', resolve)
        running.loaded.catch((error: Error) => {
          process.stderr.write(`Rapport could not load ${dataDir}: ${error.message}\n`)
          process.exitCode = 1
          resolve()
        })
      })
      const server = running.server!
      const uiUrl = opts.ui ? `${server.httpUrl}#token=${encodeURIComponent(server.token)}` : null
      const syncAddress = sync ? await syncAddressOf(running) : null
      const ready = {
        url: server.url,
        token: server.token,
        httpUrl: server.httpUrl,
        uiUrl,
        syncAddress,
        pid: process.pid,
        dataDir,
      }
      const lines = [`Rapport is serving ${dataDir}`, `  API:   ${server.url}`, `  token: ${server.token}`]
      lines.push(`  sync:  ${syncAddress ?? (sync ? 'not running (see above)' : 'off')}`)
      if (uiUrl) lines.push(`  Open Rapport in your browser: ${uiUrl}`)
      lines.push('Press Ctrl+C to stop.')
      cli.print(opts.json ? JSON.stringify(ready) : lines.join('\n'))
      const stopLog = sync ? logDeviceChanges(running.client, stderrLine) : () => undefined
      await stopped
      stopLog()
      await running.stop()
    })
}
