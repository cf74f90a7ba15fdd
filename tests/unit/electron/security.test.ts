import fs from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeWebContents, makePreventableEvent } from '../../helpers/fakeWebContents'

const electron = vi.hoisted(() => ({ shell: { openExternal: vi.fn(async () => undefined) } }))
vi.mock('electron', () => electron)

const {
  askWhereToSaveDownloads,
  contentSecurityPolicy,
  denyAllPermissions,
  hardenWebContents,
  installContentSecurityPolicy,
  installSecurity,
} = await import('../../../electron/main/security')

const appUrl = 'file:///opt/rapport/out/renderer/index.html'
const isAppUrl = (url: string) => url.startsWith(appUrl)

const hardened = () => {
  const contents = new FakeWebContents()
  hardenWebContents(contents as never, isAppUrl)
  return contents
}

const navigate = (contents: FakeWebContents, url: string) => {
  const event = makePreventableEvent()
  contents.emit('will-navigate', event, url)
  return event
}

const fakeSession = () => {
  const handlers: Record<string, (...args: never[]) => unknown> = {}
  return {
    handlers,
    webRequest: { onHeadersReceived: (handler: never) => (handlers.headers = handler) },
    setPermissionRequestHandler: (handler: never) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: never) => (handlers.check = handler),
    on: (name: string, handler: never) => (handlers[name] = handler),
  }
}

/** Starts a download from a page at `pageUrl` in a session that asks where to save; gives the event and the item. */
const download = (pageUrl: string) => {
  const session = fakeSession()
  askWhereToSaveDownloads(session as never, isAppUrl)
  const event = makePreventableEvent()
  const item = { setSavePath: vi.fn(), setSaveDialogOptions: vi.fn() }
  ;(session.handlers['will-download'] as (...args: unknown[]) => void)(event, item, { getURL: () => pageUrl })
  return { event, item }
}

describe('security', () => {
  beforeEach(() => electron.shell.openExternal.mockClear())

  it('blocks navigation away from the app', () => {
    expect(navigate(hardened(), 'https://evil.example/').preventDefault).toHaveBeenCalled()
    expect(navigate(hardened(), 'file:///etc/passwd').preventDefault).toHaveBeenCalled()
  })

  it('lets the app reload its own page', () => {
    expect(navigate(hardened(), `${appUrl}#board`).preventDefault).not.toHaveBeenCalled()
  })

  it('sends a blocked https link to the system browser instead', () => {
    navigate(hardened(), 'https://www.linkedin.com/in/alice')
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.linkedin.com/in/alice')
  })

  it('denies every new window and opens only https links in the system browser', () => {
    const contents = hardened()
    const open = (url: string) => contents.windowOpenHandler?.({ url })
    expect(open('https://example.com/')).toEqual({ action: 'deny' })
    for (const url of ['javascript:alert(1)', 'http://example.com/', 'file:///etc/passwd', 'not a url']) {
      expect(open(url)).toEqual({ action: 'deny' })
    }
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1)
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.com/')
  })

  it('refuses to attach a webview', () => {
    const event = makePreventableEvent()
    hardened().emit('will-attach-webview', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('denies every permission request and check', () => {
    const session = fakeSession()
    denyAllPermissions(session as never)
    const callback = vi.fn()
    ;(session.handlers.request as (...args: unknown[]) => void)({}, 'media', callback, {})
    expect(callback).toHaveBeenCalledWith(false)
    expect((session.handlers.check as (...args: unknown[]) => boolean)({}, 'notifications', 'file://', {})).toBe(false)
  })

  it('lets the app download a file and leaves the save path to the save dialog', () => {
    const { event, item } = download(`${appUrl}#settings`)
    expect(event.preventDefault).not.toHaveBeenCalled()
    expect(item.setSavePath).not.toHaveBeenCalled()
  })

  it('cancels a download started by any other page', () => {
    expect(download('https://evil.example/').event.preventDefault).toHaveBeenCalled()
  })

  it('adds the Content Security Policy to responses and keeps their other headers', () => {
    const session = fakeSession()
    installContentSecurityPolicy(session as never)
    const callback = vi.fn()
    ;(session.handlers.headers as (...args: unknown[]) => void)({ responseHeaders: { 'X-Other': ['1'] } }, callback)
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [contentSecurityPolicy] },
    })
  })

  it('allows scripts only from the app itself', () => {
    expect(contentSecurityPolicy).toContain("default-src 'self'")
    expect(contentSecurityPolicy).toContain("script-src 'self';")
    expect(contentSecurityPolicy).toContain("object-src 'none'")
    expect(contentSecurityPolicy).not.toMatch(/script-src[^;]*unsafe/)
  })

  it('puts the same policy in the page, less what a meta tag cannot carry', () => {
    const html = fs.readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    const headerWithoutFrameAncestors = contentSecurityPolicy
      .split('; ')
      .filter((directive) => !directive.startsWith('frame-ancestors'))
      .join('; ')
    expect(meta).toBe(headerWithoutFrameAncestors)
  })

  it('hardens every page the app creates', () => {
    const listeners: Record<string, (...args: unknown[]) => void> = {}
    const app = { on: (name: string, listener: (...args: unknown[]) => void) => (listeners[name] = listener) }
    const session = fakeSession()
    installSecurity({ app: app as never, session: session as never, isAppUrl })
    expect(session.handlers['will-download']).toBeDefined()
    const contents = new FakeWebContents()
    listeners['web-contents-created']({}, contents)
    expect(navigate(contents, 'https://evil.example/').preventDefault).toHaveBeenCalled()
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
  })
})
