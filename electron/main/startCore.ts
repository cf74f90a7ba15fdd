import { dialog } from 'electron'
import { launchRapport, type LaunchedRapport } from '../core/launchRapport'
import { appDueItems } from '../core/reminders/appDueItems'
import { VaultBusyError } from '../core/vault/openVault'
import { safeStorageKeyProtection } from './safeStorageKeyProtection'

/** What to tell the user when the core cannot start, in words they can act on. */
export const explainStartFailure = (error: unknown, dataDir: string): { title: string; message: string } => {
  if (error instanceof VaultBusyError) {
    return {
      title: 'Rapport is already open',
      message: `${error.message}\n\nClose it (or stop \`rapport serve\`), then start Rapport again.\n\nData folder: ${dataDir}`,
    }
  }
  const detail = error instanceof Error ? error.message : String(error)
  return { title: 'Rapport could not open your data', message: `${detail}\n\nData folder: ${dataDir}` }
}

/**
 * Starts the core on the vault, serving the local socket for the CLI and the browser UI as well, with automatic
 * backups, reminders and the sync peer (its device key wrapped by `safeStorage` where the platform can); the board is
 * answered from the read-model cache while the documents load. When it cannot start (the vault is locked by another
 * process, or damaged), says why and gives null; when its documents then fail to load, says why and calls
 * `onLoadFailed`.
 */
export const startCore = async (
  options: { dataDir: string; appVersion: string },
  onLoadFailed: () => void = () => undefined,
): Promise<LaunchedRapport | null> => {
  try {
    const launched = await launchRapport({
      ...options,
      socket: { host: '127.0.0.1', port: 0 },
      backups: true,
      reminders: { dueItems: appDueItems },
      sync: { keyProtection: safeStorageKeyProtection() },
    })
    launched.loaded.catch((error: unknown) => {
      const { title, message } = explainStartFailure(error, options.dataDir)
      dialog.showErrorBox(title, message)
      onLoadFailed()
    })
    return launched
  } catch (error) {
    const { title, message } = explainStartFailure(error, options.dataDir)
    dialog.showErrorBox(title, message)
    return null
  }
}
