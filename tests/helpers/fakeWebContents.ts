import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' }

/** A stand-in for Electron's WebContents: real events, recorded sends, a window-open handler. */
export class FakeWebContents extends EventEmitter {
  readonly send = vi.fn()
  windowOpenHandler: WindowOpenHandler | null = null
  private destroyed = false

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  /** Closes the page as Electron would: marks it destroyed, then says so. */
  destroy(): void {
    this.destroyed = true
    this.emit('destroyed')
  }
}

/** An Electron-style event whose default can be prevented. */
export const makePreventableEvent = () => ({ preventDefault: vi.fn() })
