import type { App, Session, WebContents } from 'electron'
import { contentSecurityPolicy } from '../../shared/contentSecurityPolicy'
import { openExternalLink } from './externalLinks'

export { contentSecurityPolicy }

/** Adds the Content Security Policy to every response the session receives. */
export const installContentSecurityPolicy = (session: Session): void => {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] },
    })
  })
}

/** Refuses every permission a page asks for (camera, notifications, geolocation...). */
export const denyAllPermissions = (session: Session): void => {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

const urlOf = (contents: WebContents): string => {
  try {
    return contents.getURL()
  } catch {
    return ''
  }
}

/**
 * Lets the app's own pages download files (Settings saves its exports with an `<a download>`). No save path is set,
 * so Electron asks where to save with the system's save dialog. A download that any other page starts is cancelled.
 */
export const askWhereToSaveDownloads = (session: Session, isAppUrl: (url: string) => boolean): void => {
  session.on('will-download', (event, _item, contents) => {
    if (!isAppUrl(urlOf(contents))) event.preventDefault()
  })
}

/**
 * Keeps a page inside the app: no navigation away from our UI, no new windows (https links go
 * to the system browser instead), no <webview>.
 */
export const hardenWebContents = (contents: WebContents, isAppUrl: (url: string) => boolean): void => {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return
    event.preventDefault()
    openExternalLink(url)
  })
  contents.setWindowOpenHandler(({ url }) => {
    openExternalLink(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Applies all of the above: to the default session now, and to every page the app ever creates. */
export const installSecurity = (options: { app: App; session: Session; isAppUrl: (url: string) => boolean }): void => {
  installContentSecurityPolicy(options.session)
  denyAllPermissions(options.session)
  askWhereToSaveDownloads(options.session, options.isAppUrl)
  options.app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options.isAppUrl))
}
