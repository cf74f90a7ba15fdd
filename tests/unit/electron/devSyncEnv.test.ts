import { afterEach, describe, expect, it } from 'vitest'
import electronConfig from '../../../electron.config'

const saved = { discovery: process.env.RAPPORT_DISCOVERY, host: process.env.RAPPORT_SYNC_HOST }
const clear = () => {
  delete process.env.RAPPORT_DISCOVERY
  delete process.env.RAPPORT_SYNC_HOST
}

describe('the electron-vite config', () => {
  afterEach(() => {
    clear()
    if (saved.discovery !== undefined) process.env.RAPPORT_DISCOVERY = saved.discovery
    if (saved.host !== undefined) process.env.RAPPORT_SYNC_HOST = saved.host
  })

  it('keeps the app’s sync on loopback without discovery under `npm run dev`', () => {
    clear()
    electronConfig({ command: 'serve', mode: 'development' })
    expect(process.env).toMatchObject({ RAPPORT_DISCOVERY: 'off', RAPPORT_SYNC_HOST: '127.0.0.1' })
  })

  it('leaves a user’s build (`npm start`) and a developer’s own choice alone', () => {
    clear()
    const config = electronConfig({ command: 'build', mode: 'production' })
    expect(Object.keys(config)).toEqual(['main', 'preload', 'renderer'])
    expect(process.env.RAPPORT_DISCOVERY).toBeUndefined()
    expect(process.env.RAPPORT_SYNC_HOST).toBeUndefined()
    process.env.RAPPORT_DISCOVERY = 'on'
    electronConfig({ command: 'serve', mode: 'development' })
    expect(process.env.RAPPORT_DISCOVERY).toBe('on')
  })
})
