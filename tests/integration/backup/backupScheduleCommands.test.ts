import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { startRapport } from '../../../electron/core/startRapport'
import { startTestRapport } from '../../helpers/startTestRapport'
import { tempDataDir } from '../../helpers/tempDataDir'

const scheduleFile = (dataDir: string) => path.join(dataDir, 'backup-schedule.json')

describe('the backup schedule', () => {
  it('is daily, keeping 14, until the user sets another', async () => {
    const { client } = await startTestRapport()

    expect(await client.call('vault.backupSchedule', {})).toEqual({
      everyHours: 24,
      keep: 14,
      active: false,
      lastAutomaticAt: null,
    })
  })

  it('is saved in the data folder and holds after a restart', async () => {
    const dataDir = await tempDataDir()
    const first = await startTestRapport({ dataDir })

    const set = await first.client.call('vault.setBackupSchedule', { everyHours: 168, keep: 4 })
    await first.stop()
    const { client } = await startTestRapport({ dataDir })

    expect(set).toMatchObject({ everyHours: 168, keep: 4 })
    expect(await client.call('vault.backupSchedule', {})).toMatchObject({ everyHours: 168, keep: 4 })
    expect((await fs.stat(scheduleFile(dataDir))).mode & 0o777).toBe(0o600)
  })

  it('refuses an interval or a count out of range, and keeps the schedule it had', async () => {
    const { client, dataDir } = await startTestRapport()
    await client.call('vault.setBackupSchedule', { everyHours: 12, keep: 7 })

    await expect(client.call('vault.setBackupSchedule', { everyHours: 1.5, keep: 7 })).rejects.toMatchObject({
      code: 'bad_request',
    })
    await expect(client.call('vault.setBackupSchedule', { everyHours: 24, keep: 0 })).rejects.toMatchObject({
      code: 'bad_request',
    })
    await expect(client.call('vault.setBackupSchedule', { everyHours: 721, keep: 7 })).rejects.toMatchObject({
      code: 'bad_request',
    })

    expect(JSON.parse(await fs.readFile(scheduleFile(dataDir), 'utf8'))).toEqual({ everyHours: 12, keep: 7 })
  })

  it('is run by a core that makes automatic backups, which makes none once it is turned off', async () => {
    const dataDir = await tempDataDir()
    await fs.mkdir(dataDir, { recursive: true })
    await fs.writeFile(scheduleFile(dataDir), JSON.stringify({ everyHours: 0, keep: 3 }))
    const running = await startRapport({ dataDir, appVersion: 'test', socket: false, backups: true })
    try {
      const state = await running.client.call('vault.backupSchedule', {})
      await new Promise((resolve) => setTimeout(resolve, 20))

      expect(state).toEqual({ everyHours: 0, keep: 3, active: true, lastAutomaticAt: null })
      expect(await fs.readdir(path.join(dataDir, 'backups')).catch(() => [])).toEqual([])
    } finally {
      await running.stop()
    }
  })

  it('falls back to daily with a warning when the saved schedule is damaged', async () => {
    const dataDir = await tempDataDir()
    await fs.mkdir(dataDir, { recursive: true })
    await fs.writeFile(scheduleFile(dataDir), '{ "everyHours": "often" }')
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    const running = await startRapport({ dataDir, appVersion: 'test', socket: false, backups: true })
    const warnings = stderr.mock.calls.map(([text]) => String(text))
    stderr.mockRestore()
    try {
      expect(await running.client.call('vault.backupSchedule', {})).toMatchObject({ everyHours: 24, keep: 14 })
      expect(warnings).toEqual([expect.stringContaining('The backup schedule could not be read')])
    } finally {
      await running.stop()
    }
  })
})
