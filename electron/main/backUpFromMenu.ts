import type { BaseWindow } from 'electron'
import type { RapportClient } from '../../shared/api/client'
import { showFailure } from './showFailure'
import { showSavedFile } from './showSavedFile'

/** File ▸ Export ▸ Back up now: the same backup as `rapport backup`, in the vault's `backups/` folder. */
export const backUpFromMenu = async (client: RapportClient, window?: BaseWindow): Promise<void> => {
  let file: string
  try {
    file = (await client.call('vault.backup', {})).file
  } catch (error) {
    return showFailure('Could not back up', error)
  }
  await showSavedFile(window, 'Backup written', file)
}
