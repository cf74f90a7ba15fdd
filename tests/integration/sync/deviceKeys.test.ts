import fs from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import {
  deviceIdOf,
  deviceKeyFile,
  fingerprintOf,
  loadDeviceKeys,
  unwrapDeviceKey,
} from '../../../electron/core/sync/deviceKeys'
import { tempDataDir } from '../../helpers/tempDataDir'
import { xorKeyProtection } from '../../helpers/xorKeyProtection'

const xorProtection = xorKeyProtection('test-xor')

describe('a device key', () => {
  it('is made once per data folder, readable only by its owner, and the same on every later load', async () => {
    const dataDir = await tempDataDir()
    const first = await loadDeviceKeys(dataDir)
    const again = await loadDeviceKeys(dataDir)
    expect(first.publicKey).toHaveLength(32)
    expect(first.secretKey).toHaveLength(64)
    expect(again.publicKey.equals(first.publicKey)).toBe(true)
    expect(again.secretKey.equals(first.secretKey)).toBe(true)
    const mode = (await fs.stat(deviceKeyFile(dataDir))).mode & 0o777
    expect(mode).toBe(0o600)
  })

  it('differs between two data folders', async () => {
    const a = await loadDeviceKeys(await tempDataDir())
    const b = await loadDeviceKeys(await tempDataDir())
    expect(deviceIdOf(a.publicKey)).not.toBe(deviceIdOf(b.publicKey))
  })

  it('is stored wrapped when a protection is given, and a plain key gets wrapped on its next load', async () => {
    const dataDir = await tempDataDir()
    const plain = await loadDeviceKeys(dataDir)
    expect(await fs.readFile(deviceKeyFile(dataDir), 'utf8')).toContain(plain.secretKey.toString('hex'))
    const wrapped = await loadDeviceKeys(dataDir, xorProtection)
    expect(wrapped.secretKey.equals(plain.secretKey)).toBe(true)
    const text = await fs.readFile(deviceKeyFile(dataDir), 'utf8')
    expect(text).not.toContain(plain.secretKey.toString('hex'))
    expect(text).toContain('"protection": "test-xor"')
    expect((await loadDeviceKeys(dataDir, xorProtection)).secretKey.equals(plain.secretKey)).toBe(true)
  })

  it('refuses a wrapped key without its protection, and a damaged file, leaving the file as it was', async () => {
    const dataDir = await tempDataDir()
    await loadDeviceKeys(dataDir, xorProtection)
    const before = await fs.readFile(deviceKeyFile(dataDir), 'utf8')
    await expect(loadDeviceKeys(dataDir)).rejects.toThrow(/wrapped by the program that wrapped it \(test-xor\)/)
    await fs.writeFile(deviceKeyFile(dataDir), '{"format": "something else"}')
    await expect(loadDeviceKeys(dataDir)).rejects.toThrow(/is damaged/)
    await fs.writeFile(deviceKeyFile(dataDir), before.replace(/"publicKey": "[0-9a-f]{2}/, '"publicKey": "00'))
    await expect(loadDeviceKeys(dataDir, xorProtection)).rejects.toThrow(/do not match/)
  })
})

describe('a device key wrapped by the app', () => {
  it('says, to a process that cannot unlock it, which app holds it and what to do', async () => {
    const dataDir = await tempDataDir()
    await loadDeviceKeys(dataDir, xorKeyProtection('electron-safe-storage'))
    const refused = loadDeviceKeys(dataDir)
    await expect(refused).rejects.toThrow(/wrapped by the Rapport desktop app/)
    await expect(refused).rejects.toThrow(/Run the command while the app is open on this data folder/)
    await expect(refused).rejects.toThrow(/quit the app and start it once with --unwrap-device-key/)
  })

  it('is stored unwrapped for good once unwrapped on purpose, and then read without the app', async () => {
    const dataDir = await tempDataDir()
    const wrapped = await loadDeviceKeys(dataDir, xorProtection)
    expect(await unwrapDeviceKey(dataDir, xorProtection)).toBe(true)
    expect((await loadDeviceKeys(dataDir)).secretKey.equals(wrapped.secretKey)).toBe(true)
    // The app starting again with its protection leaves it unwrapped.
    await loadDeviceKeys(dataDir, xorProtection)
    expect((await loadDeviceKeys(dataDir)).secretKey.equals(wrapped.secretKey)).toBe(true)
    expect((await fs.stat(deviceKeyFile(dataDir))).mode & 0o777).toBe(0o600)
    expect(await unwrapDeviceKey(dataDir, xorProtection)).toBe(false)
    await expect(unwrapDeviceKey(await tempDataDir())).rejects.toThrow(/no device key yet/)
  })
})

describe('a fingerprint', () => {
  it('is four groups of four base32 letters, the same for the key in bytes or hex, and differs between keys', async () => {
    const a = await loadDeviceKeys(await tempDataDir())
    const b = await loadDeviceKeys(await tempDataDir())
    expect(fingerprintOf(a.publicKey)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/)
    expect(fingerprintOf(deviceIdOf(a.publicKey))).toBe(fingerprintOf(a.publicKey))
    expect(fingerprintOf(a.publicKey)).not.toBe(fingerprintOf(b.publicKey))
  })
})
