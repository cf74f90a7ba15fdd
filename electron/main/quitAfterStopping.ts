import type { App } from 'electron'

/**
 * Holds every quit until `stop` has finished (the vault flushed and its lock released), then
 * quits for real. A failed stop is logged and does not keep the app alive.
 */
export const quitAfterStopping = (app: Pick<App, 'on' | 'quit'>, stop: () => Promise<void>): void => {
  let state: 'running' | 'stopping' | 'stopped' = 'running'
  app.on('before-quit', (event) => {
    if (state === 'stopped') return
    event.preventDefault()
    if (state === 'stopping') return
    state = 'stopping'
    stop()
      .catch((error: unknown) => console.error('Rapport did not stop cleanly:', error))
      .finally(() => {
        state = 'stopped'
        app.quit()
      })
  })
}
