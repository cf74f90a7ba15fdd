import { describe, expect, it } from 'vitest'
import type { DeviceRow } from '../../../shared/api/syncResults'
import { runCli } from '../../helpers/runCli'
import { spawnCli } from '../../helpers/spawnCli'
import { spawnServe } from '../../helpers/spawnServe'
import { tempDataDir } from '../../helpers/tempDataDir'

const loopback = ['--sync-host', '127.0.0.1', '--no-discovery']

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
