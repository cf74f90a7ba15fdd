import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events')
  class FakeBrowserWindow extends EventEmitter {
    static created: FakeBrowserWindow[] = []
    readonly loadFile = vi.fn(async () => undefined)
    readonly loadURL = vi.fn(async () => undefined)
    readonly show = vi.fn()
    readonly maximize = vi.fn()
    bounds = { x: 0, y: 0, width: 0, height: 0 }
    maximized = false
    constructor(readonly options: Record<string, unknown>) {
      super()
      this.bounds = { x: 10, y: 20, width: options.width as number, height: options.height as number }
      FakeBrowserWindow.created.push(this)
    }
    getNormalBounds() {
      return this.bounds
    }
    isMaximized() {
      return this.maximized
    }
  }
  return {
    BrowserWindow: FakeBrowserWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  }
})
vi.mock('electron', () => electron)

const { createMainWindow } = await import('../../../electron/main/createMainWindow')

type FakeWindow = InstanceType<typeof electron.BrowserWindow>

let dataDir: string
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-main-window-'))
  electron.BrowserWindow.created = []
})
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }))

const open = (location = { kind: 'file' as const, path: '/opt/rapport/out/renderer/index.html' }) =>
  createMainWindow({ dataDir, preloadPath: '/opt/rapport/out/preload/index.cjs', location }) as unknown as FakeWindow

describe('createMainWindow', () => {
  it('gives the window the app icon when told where it is', () => {
    const window = createMainWindow({
      dataDir,
      preloadPath: '/opt/rapport/out/preload/index.cjs',
      location: { kind: 'file', path: '/opt/rapport/out/renderer/index.html' },
      iconPath: '/opt/rapport/out/renderer/icon.png',
    }) as unknown as FakeWindow
    expect(window.options.icon).toBe('/opt/rapport/out/renderer/icon.png')
  })

  it('creates an isolated, sandboxed window without Node, with the preload', () => {
    const { webPreferences } = open().options as { webPreferences: Record<string, unknown> }
    expect(webPreferences).toMatchObject({
      preload: '/opt/rapport/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    })
  })

  it('loads the built UI from its file', () => {
    const window = open()
    expect(window.loadFile).toHaveBeenCalledWith('/opt/rapport/out/renderer/index.html')
    expect(window.loadURL).not.toHaveBeenCalled()
  })

  it('loads the dev server while developing', () => {
    const window = open({ kind: 'devServer', url: 'http://localhost:5173/' } as never)
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173/')
    expect(window.loadFile).not.toHaveBeenCalled()
  })

  it('shows the window only once its page is ready', () => {
    const window = open()
    expect(window.options.show).toBe(false)
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalled()
  })

  it('reopens with the size and place it had when it was closed', () => {
    const first = open()
    first.bounds = { x: 120, y: 80, width: 1111, height: 777 }
    first.maximized = true
    first.emit('close')
    const second = open()
    expect(second.options).toMatchObject({ x: 120, y: 80, width: 1111, height: 777 })
    second.emit('ready-to-show')
    expect(second.maximize).toHaveBeenCalled()
  })

  it('opens at the default size when the saved state is damaged', () => {
    fs.writeFileSync(path.join(dataDir, 'window-state.json'), 'not json')
    expect(open().options).toMatchObject({ width: 1280, height: 800 })
  })
})
