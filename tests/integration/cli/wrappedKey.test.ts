import { describe, expect, it } from 'vitest'
import { startRapport } from '../../../electron/core/startRapport'
import { runCli } from '../../helpers/runCli'
import { tempDataDir } from '../../helpers/tempDataDir'
import { xorKeyProtection } from '../../helpers/xorKeyProtection'

/** What the app's safeStorage protection looks like from the outside: a key only the app can unwrap. */
const appProtection = xorKeyProtection('electron-safe-storage')

describe('a data folder whose device key the app wrapped', () => {
  it('serves the sync commands through the running app, and says what to do when the app is not running', async () => {
    const dataDir = await tempDataDir()
    const app = await startRapport({
      dataDir,
      appVersion: '0.0.0-test',
      socket: { host: '127.0.0.1', port: 0 },
      readModelCache: false,
      sync: { host: '127.0.0.1', port: 0, discovery: false, keyProtection: appProtection },
    })
    try {
      const listed = await runCli(['--data-dir', dataDir, 'devices', '--json'])
      expect(listed.code).toBe(0)
      expect(JSON.parse(listed.stdout)[0]).toMatchObject({ id: app.sync!.deviceId, thisDevice: true })
      const invite = await runCli(['--data-dir', dataDir, 'pair', 'invite', '--json'])
      expect(invite.code).toBe(0)
      expect(JSON.parse(invite.stdout).addresses).toEqual([`127.0.0.1:${app.sync!.currentPeer!.listening()!.port}`])
    } finally {
      await app.stop()
    }
    const alone = await runCli(['--data-dir', dataDir, 'pair', 'invite', '--json'])
    expect(alone.code).toBe(1)
    expect(alone.stderr).toContain('wrapped by the Rapport desktop app')
    expect(alone.stderr).toContain('Run the command while the app is open on this data folder')
    expect(alone.stderr).toContain('--unwrap-device-key')
  })
})
