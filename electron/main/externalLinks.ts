import { shell } from 'electron'

/** True for links the system browser may open: https only, never javascript:, file: or plain http:. */
export const isSafeExternalUrl = (value: string): boolean => {
  try {
    return new URL(value).protocol === 'https:'
  } catch {
    return false
  }
}

/** Opens an https link in the system browser; anything else is ignored. */
export const openExternalLink = (url: string): void => {
  if (!isSafeExternalUrl(url)) return
  shell.openExternal(url).catch((error: unknown) => console.error(`Could not open ${url}:`, error))
}
