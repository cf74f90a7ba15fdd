import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/** The smallest window the UI is laid out for. */
export const minWindowSize = { width: 800, height: 560 }

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(minWindowSize.width).max(100_000),
  height: z.number().int().min(minWindowSize.height).max(100_000),
  maximized: z.boolean().default(false),
})

/** The main window's size and place, remembered between runs. */
export type WindowState = z.infer<typeof windowStateSchema>

/** A screen rectangle, as Electron gives it. */
export type Rectangle = { x: number; y: number; width: number; height: number }

/** Where a window opens the first time, or when the saved state is unusable. */
export const defaultWindowState: WindowState = { width: 1280, height: 800, maximized: false }

const stateFile = (dataDir: string): string => path.join(dataDir, 'window-state.json')

/** Reads the saved window state; a missing, unreadable or invalid file gives the defaults. */
export const readWindowState = (dataDir: string): WindowState => {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(fs.readFileSync(stateFile(dataDir), 'utf8')))
    return parsed.success ? parsed.data : defaultWindowState
  } catch {
    return defaultWindowState
  }
}

/**
 * Saves the window state. Synchronous on purpose: it runs while the window closes, when the
 * app may quit before an asynchronous write would finish. Never throws: losing it is harmless.
 */
export const writeWindowState = (dataDir: string, state: WindowState): void => {
  const file = stateFile(dataDir)
  const temp = `${file}.${process.pid}.tmp`
  try {
    fs.writeFileSync(temp, JSON.stringify(state), { mode: 0o600 })
    fs.renameSync(temp, file)
  } catch (error) {
    console.error(`Could not save the window state to ${file}:`, error)
  }
}

const overlaps = (a: Rectangle, b: Rectangle): boolean => {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width >= 100 && height >= 50
}

/**
 * Keeps a saved position only when the window would show on one of today's screens (a monitor
 * may have been unplugged since); otherwise the window opens centred.
 */
export const placeOnScreen = (state: WindowState, workAreas: Rectangle[]): WindowState => {
  const { x, y, ...rest } = state
  if (x === undefined || y === undefined) return rest
  const visible = workAreas.some((area) => overlaps({ x, y, width: state.width, height: state.height }, area))
  return visible ? state : rest
}
