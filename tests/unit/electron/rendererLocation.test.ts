import { describe, expect, it } from 'vitest'
import { isAppUrl, rendererLocation } from '../../../electron/main/rendererLocation'

const rendererDir = '/opt/rapport/out/renderer'
const built = { kind: 'file' as const, path: '/opt/rapport/out/renderer/index.html' }
const dev = { kind: 'devServer' as const, url: 'http://localhost:5173/' }

describe('rendererLocation', () => {
  it('loads the built files in a packaged app, whatever the environment says', () => {
    expect(rendererLocation({ isPackaged: true, devServerUrl: 'http://localhost:5173/', rendererDir })).toEqual(built)
  })

  it('loads the dev server while developing', () => {
    expect(rendererLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173/', rendererDir })).toEqual(dev)
  })

  it('never loads a dev server that is not on this machine', () => {
    for (const devServerUrl of [
      'https://evil.example/',
      'http://192.168.1.5:5173/',
      'file:///tmp/x.html',
      'nonsense',
    ]) {
      expect(rendererLocation({ isPackaged: false, devServerUrl, rendererDir })).toEqual(built)
    }
  })
})

describe('isAppUrl', () => {
  it('accepts the built page, with any fragment or query', () => {
    expect(isAppUrl(built, 'file:///opt/rapport/out/renderer/index.html')).toBe(true)
    expect(isAppUrl(built, 'file:///opt/rapport/out/renderer/index.html#/board?x=1')).toBe(true)
  })

  it('refuses any other file, web page or malformed address', () => {
    for (const url of [
      'file:///opt/rapport/out/renderer/other.html',
      'file:///tmp/index.html',
      'file://evil.example/opt/rapport/out/renderer/index.html',
      'https://evil.example/opt/rapport/out/renderer/index.html',
      'not a url',
    ]) {
      expect(isAppUrl(built, url)).toBe(false)
    }
  })

  it('accepts pages of the dev server and nothing else while developing', () => {
    expect(isAppUrl(dev, 'http://localhost:5173/index.html')).toBe(true)
    expect(isAppUrl(dev, 'http://localhost:5174/')).toBe(false)
    expect(isAppUrl(dev, 'http://127.0.0.1:5173/')).toBe(false)
  })
})
