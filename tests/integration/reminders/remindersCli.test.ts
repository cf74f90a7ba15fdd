import { describe, expect, it } from 'vitest'
import { runCli, startServe } from '../../helpers/runCli'
import { tempDataDir } from '../../helpers/tempDataDir'

describe('rapport reminders', () => {
  it('shows the settings, changes them in the running app, and names what is wrong with a bad value', async () => {
    const dir = await tempDataDir()
    const serve = await startServe(dir)
    try {
      const shown = await runCli(['--data-dir', dir, 'reminders'])
      const changed = await runCli(['--data-dir', dir, 'reminders', '--at', '07:30', '--days', 'mon,thu', '--json'])
      const quiet = await runCli(['--data-dir', dir, 'reminders', '--quiet', 'off', '--start-at-login', 'on'])
      const bad = await runCli(['--data-dir', dir, 'reminders', '--at', 'noon'])

      expect(shown.stdout).toBe(
        'Digest at 09:00 on mon, tue, wed, thu, fri.\nQuiet hours: 21:00 to 08:00.\n' +
          'Notifications on; close to tray on; start at login off.\n',
      )
      expect(JSON.parse(changed.stdout)).toMatchObject({ digestTime: '07:30', digestDays: [1, 4] })
      expect(quiet.stdout).toContain('Quiet hours: off.')
      expect(quiet.stdout).toContain('start at login on.')
      expect(bad.code).not.toBe(0)
      expect(bad.stderr).toContain('give a time of day such as 09:00')
    } finally {
      await serve.stop()
    }
  })
})
