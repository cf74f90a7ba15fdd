import fs from 'node:fs/promises'
import { expect, openApp, test } from './support/rapportFixture'

test.describe('the settings section', () => {
  test('exports the contacts as CSV and backs the vault up on demand', async ({ page, rapport }) => {
    const api = await rapport.api()
    await api.call('contacts.create', { firstName: 'Ottoline', lastName: 'Quarrie', company: 'Lantern Works' })
    await openApp(page, rapport)
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Settings' }).click()
    await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible()

    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export CSV', exact: true }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^rapport-\d{4}-\d{2}-\d{2}\.csv$/)
    const csv = await fs.readFile(await download.path(), 'utf8')
    expect(csv).toContain('First Name,Last Name,Company')
    expect(csv).toContain('Ottoline,Quarrie,Lantern Works')

    await page.getByRole('button', { name: 'Back up now', exact: true }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Backup written' })).toContainText(
      /\.rapport-backup\.json\.gz$/,
    )
    await expect(page.getByRole('table', { name: 'About Rapport' })).toContainText(rapport.dataDir)
  })

  test('sets how often the vault is backed up and how many backups are kept', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Settings' }).click()
    const interval = page.getByRole('combobox', { name: 'Back up automatically' })
    await expect(interval).toHaveValue('Every day')

    await interval.click()
    await page.getByRole('option', { name: 'Every week' }).click()
    const keep = page.getByRole('textbox', { name: 'Keep the last' })
    await keep.fill('4')
    await keep.press('Enter')

    const api = await rapport.api()
    await expect.poll(() => api.call('vault.backupSchedule', {})).toMatchObject({ everyHours: 168, keep: 4 })
    await page.reload()
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Settings' }).click()
    await expect(page.getByRole('combobox', { name: 'Back up automatically' })).toHaveValue('Every week')
    await expect(page.getByRole('textbox', { name: 'Keep the last' })).toHaveValue('4 backups')

    await page.getByRole('combobox', { name: 'Back up automatically' }).click()
    await page.getByRole('option', { name: 'Off' }).click()
    await expect(page.getByText('Automatic backups are off.')).toBeVisible()
    await expect(page.getByRole('textbox', { name: 'Keep the last' })).toBeDisabled()
  })
})
