import { dialog, shell, type BaseWindow, type MessageBoxOptions } from 'electron'

const showMessageBox = (window: BaseWindow | undefined, options: MessageBoxOptions) =>
  window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options)

/** Says a file was saved and where, offering to show it in the system's file manager. */
export const showSavedFile = async (window: BaseWindow | undefined, message: string, file: string): Promise<void> => {
  const { response } = await showMessageBox(window, {
    type: 'info',
    message,
    detail: file,
    buttons: ['OK', 'Show in Folder'],
    defaultId: 0,
    cancelId: 0,
  })
  if (response === 1) shell.showItemInFolder(file)
}
