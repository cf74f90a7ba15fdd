import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startRapport } from '../../../electron/core/startRapport'
import type { RemindersDue } from '../../../shared/api/contract'
import type { DueItem } from '../../../shared/reminders/dueItem'
import { defaultReminderSettings } from '../../../shared/reminders/reminderSettings'
import { startTestRapport } from '../../helpers/startTestRapport'
import { tempDataDir } from '../../helpers/tempDataDir'

const settingsFile = (dataDir: string) => path.join(dataDir, 'reminder-settings.json')

describe('the reminder settings', () => {
  it('are the defaults until the user changes them', async () => {
    const { client } = await startTestRapport()
    expect(await client.call('reminders.settings', {})).toEqual(defaultReminderSettings)
  })

  it('change only what is named, are saved beside the vault, and hold after a restart', async () => {
    const dataDir = await tempDataDir()
    const first = await startTestRapport({ dataDir })
    const set = await first.client.call('reminders.setSettings', { digestTime: '07:45', quietHours: null })
    await first.stop()
    const { client } = await startTestRapport({ dataDir })

    const expected = { ...defaultReminderSettings, digestTime: '07:45', quietHours: null }
    expect(set).toEqual(expected)
    expect(await client.call('reminders.settings', {})).toEqual(expected)
    expect((await fs.stat(settingsFile(dataDir))).mode & 0o777).toBe(0o600)
  })

  it('refuse a time, a day or a setting that is not one, and keep what they were', async () => {
    const { client, dataDir } = await startTestRapport()
    await client.call('reminders.setSettings', { digestDays: [5, 1, 1] })

    for (const bad of [
      { digestTime: '9am' },
      { digestDays: [7] },
      { quietHours: { start: '21:00' } },
      { loud: true },
    ]) {
      await expect(client.call('reminders.setSettings', bad as never)).rejects.toMatchObject({ code: 'bad_request' })
    }

    expect(JSON.parse(await fs.readFile(settingsFile(dataDir), 'utf8'))).toEqual({
      ...defaultReminderSettings,
      digestDays: [1, 5],
    })
  })

  it('re-arm the reminders of a core that delivers them', async () => {
    const dataDir = await tempDataDir()
    const running = await startRapport({
      dataDir,
      appVersion: 'test',
      socket: false,
      reminders: { dueItems: () => () => [] },
    })
    try {
      await running.client.call('reminders.setSettings', { digestDays: [0, 6], closeToTray: false })
      expect(running.reminders?.settings).toMatchObject({ digestDays: [0, 6], closeToTray: false })
    } finally {
      await running.stop()
    }
  })
})

describe('due reminders', () => {
  it('are pushed to the clients following the workspace', async () => {
    const dataDir = await tempDataDir()
    const alan: DueItem = {
      contactId: 'c-1',
      name: 'Alan',
      reasons: ['call back'],
      kind: 'reminder',
      reminderId: 'r-1',
    }
    let due: DueItem[] = []
    const running = await startRapport({
      dataDir,
      appVersion: 'test',
      socket: false,
      reminders: { dueItems: () => () => due, timeZone: 'UTC' },
    })
    try {
      await running.client.call('reminders.setSettings', { quietHours: null })
      const received: RemindersDue[] = []
      running.client.on('reminders.due', (event) => received.push(event))
      await running.client.call('workspace.subscribe', {})
      due = [alan]
      running.reminders?.resume()
      await running.reminders?.idle()
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(received).toEqual([{ items: [alan], text: expect.stringContaining('Alan (call back)') }])
    } finally {
      await running.stop()
    }
  })
})
