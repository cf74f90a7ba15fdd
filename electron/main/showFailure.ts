import { dialog } from 'electron'

/** Tells the user what went wrong, in the error's own words. */
export const showFailure = (title: string, error: unknown): void => {
  dialog.showErrorBox(title, error instanceof Error ? error.message : String(error))
}
