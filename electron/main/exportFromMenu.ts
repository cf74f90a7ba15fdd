import path from 'node:path'
import { dialog, type BaseWindow, type SaveDialogOptions } from 'electron'
import type { RapportClient } from '../../shared/api/client'
import { exportFileKinds, exportFileName, type ExportKind } from '../../shared/export/exportFiles'
import { writeFileAtomic } from '../core/vault/writeFileAtomic'
import { showFailure } from './showFailure'
import { showSavedFile } from './showSavedFile'

/** What the menu's file commands need: the core, the clock, and where save dialogs start. */
export type MenuFileContext = { client: RapportClient; now: () => Date; defaultDir: string }

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/**
 * File ▸ Export: asks where to save (a dated name in `defaultDir` to start with), then writes the core's
 * `export.json` answer there in `kind`, atomically, and says how it went. A cancelled dialog writes nothing.
 */
export const exportFromMenu = async (
  context: MenuFileContext,
  kind: ExportKind,
  window?: BaseWindow,
): Promise<void> => {
  const format = exportFileKinds[kind]
  const options: SaveDialogOptions = {
    title: `Export ${format.name}`,
    defaultPath: path.join(context.defaultDir, exportFileName(format.extension, context.now())),
    filters: [{ name: format.name, extensions: [format.extension] }],
  }
  const choice = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options))
  if (choice.canceled || !choice.filePath) return
  let contacts: number
  try {
    const exported = await context.client.call('export.json', {})
    await writeFileAtomic(choice.filePath, format.write(exported))
    contacts = exported.contacts.length
  } catch (error) {
    return showFailure('Could not export', error)
  }
  await showSavedFile(window, `Exported ${plural(contacts, 'contact')} as ${format.name}`, choice.filePath)
}
