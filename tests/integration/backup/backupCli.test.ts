import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, startServe } from '../../helpers/runCli'
import { tempDataDir } from '../../helpers/tempDataDir'

const names = async (dataDir: string) => {
  const listed = await runCli(['--data-dir', dataDir, 'contacts', 'list', '--json'])
  return JSON.parse(listed.stdout).map((c: { firstName: string }) => c.firstName)
}

describe('rapport backup and restore', () => {
  it('backs up to a file, then restores it with --yes and says where the previous state is', async () => {
    const dir = await tempDataDir()
    await runCli(['--data-dir', dir, 'contacts', 'add', '--first-name', 'Ada'])
    const out = path.join(path.dirname(dir), 'mine.rapport-backup.json.gz')
    expect(await runCli(['--data-dir', dir, 'backup', '--out', out])).toMatchObject({
      code: 0,
      stdout: `Backed up to ${out}\n`,
    })
    await runCli(['--data-dir', dir, 'contacts', 'add', '--first-name', 'Later'])
    const restored = await runCli(['--data-dir', dir, 'restore', out, '--yes'])
    expect(restored.code).toBe(0)
    expect(restored.stdout).toMatch(/^Restored 1 documents from .*\nThe previous state is kept in .*before-restore-/)
    expect(await names(dir)).toEqual(['Ada'])
  })

  it('backs up through a running instance, and refuses to restore under it', async () => {
    const dir = await tempDataDir()
    const serve = await startServe(dir)
    try {
      const backup = await runCli(['--data-dir', dir, 'backup'])
      expect(backup.code).toBe(0)
      const file = backup.stdout.replace(/^Backed up to /, '').trim()
      expect(path.dirname(file)).toBe(path.join(dir, 'backups'))
      const restore = await runCli(['--data-dir', dir, 'restore', file, '--yes'])
      expect(restore.code).toBe(1)
      expect(restore.stderr).toContain(`Rapport is running for this vault (pid ${serve.endpoint.pid})`)
    } finally {
      await serve.stop()
    }
  })

  it('asks for --yes when there is no terminal to confirm on', async () => {
    const dir = await tempDataDir()
    const run = await runCli(['--data-dir', dir, 'restore', 'whatever.gz'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('pass --yes to confirm')
  })

  it('names what is wrong with a bad file and changes nothing', async () => {
    const dir = await tempDataDir()
    await runCli(['--data-dir', dir, 'contacts', 'add', '--first-name', 'Ada'])
    const bad = path.join(path.dirname(dir), 'bad.gz')
    await fs.writeFile(bad, 'not a backup')
    const run = await runCli(['--data-dir', dir, 'restore', bad, '--yes'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('cannot be restored: it is not a Rapport backup, or it is cut off')
    expect(await names(dir)).toEqual(['Ada'])
  })
})

describe('rapport backup-schedule', () => {
  it('shows the schedule, changes it in the running app, and names what is wrong with a bad interval', async () => {
    const dir = await tempDataDir()
    const serve = await startServe(dir)
    try {
      const shown = await runCli(['--data-dir', dir, 'backup-schedule'])
      const changed = await runCli(['--data-dir', dir, 'backup-schedule', '--every', 'weekly', '--keep', '4', '--json'])
      const bad = await runCli(['--data-dir', dir, 'backup-schedule', '--every', 'sometimes'])

      expect(shown.stdout).toMatch(/^Automatic backups every 24 hours, keeping the last 14\. (Last made|None made)/)
      expect(JSON.parse(changed.stdout)).toMatchObject({ everyHours: 168, keep: 4, active: true })
      expect(bad.code).not.toBe(0)
      expect(bad.stderr).toContain('give a whole number of hours, or off, hourly, daily or weekly')
      const off = await runCli(['--data-dir', dir, 'backup-schedule', '--every', 'off'])
      expect(off.stdout).toMatch(/^Automatic backups are off\./)
    } finally {
      await serve.stop()
    }
  })
})
