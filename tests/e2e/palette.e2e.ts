import type { Page, TestInfo } from '@playwright/test'
import { addContacts } from './support/arrange'
import { expect, openApp, test } from './support/rapportFixture'

const palette = (page: Page) => page.getByRole('textbox', { name: 'Command palette' })

const result = (page: Page, name: RegExp) =>
  page.getByRole('region', { name: 'Palette results' }).getByRole('button', { name })

const saveScreenshots = async (page: Page, testInfo: TestInfo, name: string) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme)
    const file = testInfo.outputPath(`${name}-${scheme}.png`)
    await page.screenshot({ path: file, animations: 'disabled' })
    await testInfo.attach(`${name}-${scheme}`, { path: file, contentType: 'image/png' })
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

const openPalette = async (page: Page) => {
  await page.keyboard.press('ControlOrMeta+k')
  await expect(palette(page)).toBeFocused()
}

test.describe('the command palette', () => {
  test.beforeEach(async ({ rapport }) => {
    await addContacts(await rapport.api(), [
      { firstName: 'Ada', lastName: 'Lovelace', company: 'Analytical Engines' },
      { firstName: 'Grace', lastName: 'Hopper', company: 'US Navy', stage: 'Reached out' },
      { firstName: 'Zoë', lastName: 'Ångström', company: 'Lund University' },
    ])
  })

  test('Ctrl+K opens it; typing a name and Enter opens that contact', async ({ page, rapport }, testInfo) => {
    await openApp(page, rapport)
    await openPalette(page)
    await page.keyboard.type('grace')
    await expect(result(page, /Grace Hopper/)).toBeVisible()
    await saveScreenshots(page, testInfo, 'palette')
    await page.keyboard.press('Enter')

    await expect(page.getByRole('dialog', { name: 'Grace Hopper' })).toBeVisible()
    await expect(palette(page)).toBeHidden()
  })

  test('finds a contact by company, and without the accents of the name', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await openPalette(page)
    await page.keyboard.type('angstrom')
    await expect(result(page, /Zoë Ångström/)).toBeVisible()
    await palette(page).fill('analytical')
    await expect(result(page, /Ada Lovelace/)).toBeVisible()
    await expect(result(page, /Grace Hopper/)).toHaveCount(0)
  })

  test('snoozes a contact picked by name; R in its drawer opens "Remind me…"', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await openPalette(page)
    await page.keyboard.type('snooze a')
    await page.keyboard.press('Enter')
    const picker = page.getByRole('textbox', { name: 'Snooze' })
    await expect(picker).toBeFocused()
    await page.keyboard.type('grace')
    await expect(result(page, /Grace Hopper/)).toBeVisible()
    await page.keyboard.press('Enter')

    const drawer = page.getByRole('dialog', { name: 'Grace Hopper' })
    await expect(drawer).toBeVisible()
    await page.getByRole('menuitem', { name: '1 week' }).click()
    await expect(drawer.getByText(/Snoozed until/)).toBeVisible()

    await drawer.getByRole('button', { name: 'Wake' }).focus()
    await page.keyboard.press('r')
    await expect(drawer.getByRole('button', { name: 'Set reminder' })).toBeVisible()
  })

  test('New goal… goes to Goals with the new goal form open', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await openPalette(page)
    await page.keyboard.type('new goal')
    await page.keyboard.press('Enter')

    await expect(page.getByRole('dialog', { name: 'New goal' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Goals', level: 2 })).toBeVisible()
  })

  test('goes to a section', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await openPalette(page)
    await page.keyboard.type('go to contacts')
    await page.keyboard.press('Enter')

    const sections = page.getByRole('navigation', { name: 'Sections' })
    await expect(sections.getByRole('button', { name: 'Contacts' })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('table', { name: 'Contacts' })).toBeVisible()
  })

  test('opens from the search box too, while / still goes to the search box', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await page.keyboard.press('/')
    const search = page.getByRole('textbox', { name: 'Search contacts' })
    await expect(search).toBeFocused()
    await page.keyboard.press('ControlOrMeta+k')
    await expect(palette(page)).toBeFocused()
    await expect(search).toHaveValue('')
  })

  test('shows the shortcut of a command beside it', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await openPalette(page)
    await page.keyboard.type('keyboard')
    await expect(result(page, /Keyboard shortcuts/)).toContainText('?')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  })

  test('? lists every key of the app, the palette and the card keys among them', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(help.getByRole('region', { name: 'Anywhere' })).toContainText('Open the command palette')
    await expect(help.getByRole('region', { name: 'Board' })).toContainText('Log an interaction with the contact')
    await expect(help.getByRole('region', { name: 'Contact drawer' })).toContainText('Save the field')
  })

  test('toggles the theme and backs the vault up', async ({ page, rapport }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await openApp(page, rapport)
    await openPalette(page)
    await page.keyboard.type('toggle theme')
    await page.keyboard.press('Enter')
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')

    await openPalette(page)
    await page.keyboard.type('back up')
    await page.keyboard.press('Enter')
    await expect(page.getByText('Backup written')).toBeVisible()
  })
})
