import type { Page } from '@playwright/test'
import { goToSection } from './support/app'
import { expect, openApp, test } from './support/rapportFixture'

// `rapport serve --no-sync` runs no sync peer: every sync command answers `unavailable`. The section must say where
// sync runs instead, and nothing else may break. (Two vaults paired through the page: devices-pairing.e2e.ts.)

const notRunning = (scope: Page | ReturnType<Page['getByRole']>) =>
  scope.getByRole('status').filter({ hasText: 'Sync is not running here' })

test.describe('the devices section, against a core that runs no sync', () => {
  test.use({ serveArgs: ['--no-sync'] })

  test('explains that sync runs in the desktop app and in rapport serve, and offers nothing that would fail', async ({
    page,
    rapport,
  }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await openApp(page, rapport)
    await goToSection(page, 'Devices')

    await expect(page.getByRole('heading', { name: 'Devices', level: 2 })).toBeVisible()
    const alert = notRunning(page)
    await expect(alert).toContainText('Rapport desktop app')
    await expect(alert).toContainText('rapport serve')
    await expect(alert).toContainText('Rapport said: Sync is not running in this process.')
    for (const name of ['Add a device', 'Join another device’s vault', 'Connect by address']) {
      await expect(page.getByRole('button', { name, exact: true })).toBeDisabled()
    }
    await expect(page.getByRole('switch', { name: 'Sync across networks' })).toHaveCount(0)

    // Trying again asks again, and says the same.
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect(notRunning(page)).toContainText('Sync is not running in this process.')

    // The page's keys do nothing while sync is not running.
    await page.keyboard.press('a')
    await expect(page.getByRole('dialog')).toHaveCount(0)

    // The help lists the section's keys.
    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(help.getByRole('region', { name: 'Devices' })).toContainText('Join another device')
    await page.keyboard.press('Escape')
    await expect(help).toBeHidden()

    await goToSection(page, 'Board')
    await expect(page.getByRole('heading', { name: 'Devices', level: 2 })).toBeHidden()
    expect(errors).toEqual([])
  })

  test('the palette opens "Add a device", which says the same instead of a code', async ({ page, rapport }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await openApp(page, rapport)
    await page.keyboard.press('ControlOrMeta+k')
    await page.keyboard.type('add a device')
    await page.getByRole('region', { name: 'Palette results' }).getByRole('button', { name: 'Add a device…' }).click()

    const dialog = page.getByRole('dialog', { name: 'Add a device' })
    await expect(notRunning(dialog)).toContainText('Sync is not running in this process.')
    await expect(dialog.getByTestId('pairing-code')).toHaveCount(0)
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('heading', { name: 'Devices', level: 2 })).toBeVisible()
    expect(errors).toEqual([])
  })

  test('the join dialog checks the code before sending it and shows the core’s answer', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await page.keyboard.press('ControlOrMeta+k')
    await page.keyboard.type('join another')
    await page
      .getByRole('region', { name: 'Palette results' })
      .getByRole('button', { name: /Join another/ })
      .click()

    const dialog = page.getByRole('dialog', { name: 'Join another device’s vault' })
    await expect(dialog).toContainText('This device must hold no contacts yet')
    const code = dialog.getByRole('textbox', { name: 'Pairing code' })
    await code.fill('7kq2')
    await dialog.getByRole('button', { name: 'Join', exact: true }).click()
    await expect(dialog.getByRole('alert', { name: 'Could not join' })).toContainText('is not a pairing code')

    await code.fill('7kq2-m9xd 4tnb-r1ce-w8pa')
    await expect(dialog).toContainText('Read as 7KQ2 M9XD 4TNB R1CE W8PA')
    await dialog.getByRole('button', { name: 'Join', exact: true }).click()
    await expect(notRunning(dialog)).toContainText('Sync is not running in this process.')
  })
})
