import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  defaultWindowState,
  placeOnScreen,
  readWindowState,
  writeWindowState,
} from '../../../electron/main/windowState'

let dataDir: string
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-window-'))
})
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }))

const stateFile = () => path.join(dataDir, 'window-state.json')
const screen = { x: 0, y: 0, width: 1920, height: 1080 }

describe('windowState', () => {
  it('gives the defaults when nothing was saved', () => {
    expect(readWindowState(dataDir)).toEqual(defaultWindowState)
  })

  it('reads back what was saved', () => {
    const state = { x: 40, y: 60, width: 1000, height: 700, maximized: true }
    writeWindowState(dataDir, state)
    expect(readWindowState(dataDir)).toEqual(state)
  })

  it('survives a file that is not JSON', () => {
    fs.writeFileSync(stateFile(), '{"width": 1000, "hei')
    expect(readWindowState(dataDir)).toEqual(defaultWindowState)
  })

  it('survives JSON that is not a window state', () => {
    for (const content of ['null', '[]', '{"width":"wide","height":700}', '{"width":10,"height":10}']) {
      fs.writeFileSync(stateFile(), content)
      expect(readWindowState(dataDir)).toEqual(defaultWindowState)
    }
  })

  it('says so, without throwing, when the state cannot be saved', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(() => writeWindowState(path.join(dataDir, 'missing', 'folder'), defaultWindowState)).not.toThrow()
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('Could not save the window state'), expect.any(Error))
    logged.mockRestore()
  })

  it('keeps a position that is on a screen', () => {
    const state = { x: 100, y: 100, width: 1000, height: 700, maximized: false }
    expect(placeOnScreen(state, [screen])).toEqual(state)
  })

  it('forgets a position on a screen that is gone, keeping the size', () => {
    const state = { x: 3000, y: 100, width: 1000, height: 700, maximized: false }
    expect(placeOnScreen(state, [screen])).toEqual({ width: 1000, height: 700, maximized: false })
  })
})
