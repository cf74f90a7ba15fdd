import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  readReminderSettings,
  reminderSettingsFile,
  writeReminderSettings,
} from '../../../../../electron/core/reminders/reminderSettingsFile'
import { defaultReminderSettings } from '../../../../../shared/reminders/reminderSettings'

let dataDir: string
beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-reminder-settings-'))
})
afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true })
})

describe('the reminder settings file', () => {
  it('gives the defaults when none were saved: 09:00 on weekdays, quiet from 21:00 to 08:00', async () => {
    expect(await readReminderSettings(dataDir)).toEqual({
      digestTime: '09:00',
      digestDays: [1, 2, 3, 4, 5],
      quietHours: { start: '21:00', end: '08:00' },
      notifications: true,
      closeToTray: true,
      startAtLogin: false,
    })
  })

  it('reads back what was saved, beside the vault', async () => {
    const settings = { ...defaultReminderSettings, digestTime: '07:30', digestDays: [6], quietHours: null }
    await writeReminderSettings(dataDir, settings)
    expect(reminderSettingsFile(dataDir)).toBe(path.join(dataDir, 'reminder-settings.json'))
    expect(await readReminderSettings(dataDir)).toEqual(settings)
  })

  it('fills a field the file leaves out with its default', async () => {
    await fs.writeFile(reminderSettingsFile(dataDir), JSON.stringify({ startAtLogin: true }))
    expect(await readReminderSettings(dataDir)).toEqual({ ...defaultReminderSettings, startAtLogin: true })
  })

  it('warns about a damaged file and uses the defaults', async () => {
    const onDamaged = vi.fn()
    await fs.writeFile(reminderSettingsFile(dataDir), '{ not json')
    expect(await readReminderSettings(dataDir, onDamaged)).toEqual(defaultReminderSettings)
    await fs.writeFile(reminderSettingsFile(dataDir), JSON.stringify({ digestTime: '25:00' }))
    expect(await readReminderSettings(dataDir, onDamaged)).toEqual(defaultReminderSettings)
    expect(onDamaged.mock.calls).toEqual([
      [expect.stringContaining('is not valid JSON')],
      [expect.stringContaining('does not hold reminder settings')],
    ])
  })
})
