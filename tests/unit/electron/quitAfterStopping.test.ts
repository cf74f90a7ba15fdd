import { describe, expect, it, vi } from 'vitest'
import { quitAfterStopping } from '../../../electron/main/quitAfterStopping'
import { makePreventableEvent } from '../../helpers/fakeWebContents'

const setup = (stop: () => Promise<void>) => {
  let beforeQuit: (event: { preventDefault: () => void }) => void = () => undefined
  const app = {
    on: (_name: string, listener: typeof beforeQuit) => (beforeQuit = listener),
    quit: vi.fn(() => beforeQuit(makePreventableEvent())),
  }
  quitAfterStopping(app as never, stop)
  return {
    app,
    quit: () => {
      const event = makePreventableEvent()
      beforeQuit(event)
      return event
    },
  }
}

describe('quitAfterStopping', () => {
  it('holds the quit until the core has stopped, then quits', async () => {
    let finish = () => undefined as void
    const stop = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    const { app, quit } = setup(stop)
    expect(quit().preventDefault).toHaveBeenCalled()
    expect(stop).toHaveBeenCalledTimes(1)
    await Promise.resolve()
    expect(app.quit).not.toHaveBeenCalled()
    finish()
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1))
  })

  it('stops the core once however often quit is asked for', async () => {
    const stop = vi.fn(() => new Promise<void>(() => undefined))
    const { quit } = setup(stop)
    quit()
    expect(quit().preventDefault).toHaveBeenCalled()
    expect(stop).toHaveBeenCalledTimes(1)
  })

  it('lets the second quit through once stopped', async () => {
    const { app, quit } = setup(async () => undefined)
    quit()
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled())
    expect(quit().preventDefault).not.toHaveBeenCalled()
  })

  it('still quits when stopping fails', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { app, quit } = setup(async () => Promise.reject(new Error('disk full')))
    quit()
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled())
    expect(logged).toHaveBeenCalled()
    logged.mockRestore()
  })
})
