import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where the window loads the UI from: the dev server while developing, else the built files. */
export type RendererLocation = { kind: 'devServer'; url: string } | { kind: 'file'; path: string }

const isLoopbackHttp = (value: string): boolean => {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  } catch {
    return false
  }
}

/**
 * Picks where the UI comes from. The dev server URL (set by electron-vite) is honoured only in
 * an unpackaged app and only on this machine: whatever page loads here gets the API bridge.
 */
export const rendererLocation = (options: {
  isPackaged: boolean
  devServerUrl: string | undefined
  rendererDir: string
}): RendererLocation =>
  !options.isPackaged && options.devServerUrl && isLoopbackHttp(options.devServerUrl)
    ? { kind: 'devServer', url: options.devServerUrl }
    : { kind: 'file', path: path.join(options.rendererDir, 'index.html') }

/** True when a URL is a page of our own UI (any hash or query), and nothing else. */
export const isAppUrl = (location: RendererLocation, value: string): boolean => {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (location.kind === 'devServer') return url.origin === new URL(location.url).origin
  if (url.protocol !== 'file:' || url.host !== '') return false
  return path.resolve(fileURLToPath(url)) === path.resolve(location.path)
}
