import net from 'node:net'
import { describe, expect, it } from 'vitest'
import type { DeviceRow } from '../../../shared/api/syncResults'
import { runCli } from '../../helpers/runCli'
import { spawnCli } from '../../helpers/spawnCli'
import { spawnServe } from '../../helpers/spawnServe'
import { tempDataDir } from '../../helpers/tempDataDir'

const loopback = ['--sync-host', '127.0.0.1', '--no-discovery']

/** A TCP port on 127.0.0.1 that was free a moment ago. */
const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

const devicesOf = async (dir: string): Promise<DeviceRow[]> =>
  JSON.parse((await runCli(['--data-dir', dir, 'devices', '--json'])).stdout)

describe('the pairing and device commands', () => {
  it('refuses a mistyped code at once, and changes nothing', async () => {
    const dir = await tempDataDir()
    const joined = await runCli(['--data-dir', dir, 'pair', 'join', 'not-a-code'])
    expect(joined.code).toBe(1)
    expect(joined.stderr).toBe('rapport: "not-a-code" is not a pairing code: ask the other device for a new one.\n')
    expect(JSON.parse((await runCli(['--data-dir', dir, 'contacts', 'list', '--json'])).stdout)).toEqual([])
  })

  it('lists, renames and refuses to remove this device through a running serve, found by fingerprint or prefix', async () => {
    const dir = await tempDataDir()
    const serve = await spawnServe(dir, { args: loopback })
    try {
      const [self] = await devicesOf(dir)
      expect(self).toMatchObject({ thisDevice: true, fingerprint: expect.stringMatching(/^\w{4}-\w{4}-\w{4}-\w{4}$/) })

      const table = await runCli(['--data-dir', dir, 'devices'])
      expect(table.stdout).toMatch(/^DEVICE\s+FINGERPRINT\s+STATE\s+LAST SEEN\s+LAST SYNCED\s+ADDRESS\n/)
      expect(table.stdout).toContain(`${self.name} (this device)  ${self.fingerprint}`)
      expect(table.stdout).toContain('No other device yet. Pair one with: rapport pair invite')

      const byFingerprint = self.fingerprint.replaceAll('-', '').toLowerCase()
      const renamed = await runCli(['--data-dir', dir, 'devices', 'rename', byFingerprint, 'Home server'])
      expect(renamed).toMatchObject({ code: 0, stdout: `Renamed ${self.name} to Home server.\n` })
      expect((await devicesOf(dir))[0].name).toBe('Home server')

      const removed = await runCli(['--data-dir', dir, 'devices', 'remove', self.id.slice(0, 6), '--yes'])
      expect(removed).toMatchObject({ code: 1, stderr: expect.stringContaining('This is the device you are on') })
      const unknown = await runCli(['--data-dir', dir, 'devices', 'rename', 'ffff0000', 'X'])
      expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('No device with id or fingerprint') })
      expect(await devicesOf(dir)).toHaveLength(1)
    } finally {
      expect(await serve.stop()).toBe(0)
    }
  }, 60_000)

  it('serves without the sync peer with --no-sync, and on the port given with --sync-port', async () => {
    // Regression: a SIGTERM sent as soon as the ready line was read killed serve before it listened for signals.
    const dir = await tempDataDir()
    const unsynced = await spawnServe(dir, { args: ['--no-sync'] })
    expect(unsynced.ready.syncAddress).toBeNull()
    expect(await unsynced.stop()).toBe(0)
    const port = await freePort()
    const synced = await spawnServe(dir, { args: [...loopback, '--sync-port', String(port)] })
    expect(synced.ready.syncAddress).toBe(`127.0.0.1:${port}`)
    expect(await synced.stop()).toBe(0)
  }, 60_000)

  it('keeps an invite made without a running instance alive until a device joins, then exits', async () => {
    const [dirA, dirB] = [await tempDataDir(), await tempDataDir()]
    const b = await spawnServe(dirB, { args: loopback })
    const invite = spawnCli(['--data-dir', dirA, 'pair', 'invite', '--json'])
    try {
      const { code, addresses } = JSON.parse(await invite.printed('stdout', /\n/))
      expect(addresses).toEqual([expect.stringMatching(/^127\.0\.0\.1:\d+$/)])
      expect(invite.child.exitCode).toBeNull()

      const joined = await runCli(['--data-dir', dirB, 'pair', 'join', code, '--json'])
      expect(joined).toMatchObject({ code: 0 })
      expect(JSON.parse(joined.stdout).device).toMatchObject({ fingerprint: expect.any(String) })

      const ended = await invite.ended
      expect(ended.code).toBe(0)
      expect(ended.stderr).toMatch(/Waiting for the other device to join[\s\S]*Paired with .+ \([\w-]+\)/)
      expect(ended.stdout.trim().split('\n')).toHaveLength(1)
    } finally {
      invite.child.kill('SIGINT')
      expect(await b.stop()).toBe(0)
    }
  }, 90_000)

  it('joins without a running instance and stays until the vault has arrived', async () => {
    const [dirA, dirB] = [await tempDataDir(), await tempDataDir()]
    expect((await runCli(['--data-dir', dirA, 'contacts', 'add', '--first-name', 'Ada'])).code).toBe(0)
    const a = await spawnServe(dirA, { args: loopback })
    try {
      const { code } = JSON.parse((await runCli(['--data-dir', dirA, 'pair', 'invite', '--json'])).stdout)
      const joined = await runCli(['--data-dir', dirB, 'pair', 'join', code])
      expect(joined).toMatchObject({ code: 0 })
      expect(joined.stdout).toMatch(
        /^Joined .+\.\nSynced with .+\.\nThis device now holds the vault of .+: 1 contact\.\n$/,
      )
      const names = JSON.parse((await runCli(['--data-dir', dirB, 'contacts', 'list', '--json'])).stdout)
      expect(names.map((c: { firstName: string }) => c.firstName)).toEqual(['Ada'])
    } finally {
      expect(await a.stop()).toBe(0)
    }
  }, 60_000)

  it('stops waiting for a device on Ctrl+C, saying the code no longer works', async () => {
    const dir = await tempDataDir()
    const invite = spawnCli(['--data-dir', dir, 'pair', 'invite'])
    await invite.printed('stdout', /Waiting for the other device to join/)
    invite.child.kill('SIGINT')
    const ended = await invite.ended
    expect(ended).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/\nrapport: Stopped: the code no longer works\.\n$/),
    })
    expect(ended.stdout).toMatch(/^Pairing code: [\w-]+\n {2}valid for 10 minutes, until \d\d:\d\d/)
  }, 60_000)
})
