import type { Page, TestInfo } from '@playwright/test'
import type { Contact } from '../../shared/domain'
import { addContacts } from './support/arrange'
import { chooseOption } from './support/app'
import { card } from './support/board'
import { expect, openApp, test } from './support/rapportFixture'

const logWindow = (page: Page, name: string) => page.getByRole('dialog', { name: `Log interaction with ${name}` })

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

test.describe('logging an interaction from the board', () => {
  let ada: Contact

  test.beforeEach(async ({ rapport }) => {
    ;[ada] = await addContacts(await rapport.api(), [
      { firstName: 'Ada', lastName: 'Lovelace', company: 'Analytical Engines' },
      { firstName: 'Grace', lastName: 'Hopper', company: 'US Navy' },
    ])
  })

  test('L on a focused card opens the log window; the card shows the new last touch at once', async ({
    page,
    rapport,
  }, testInfo) => {
    await openApp(page, rapport)
    await expect(card(page, 'Ada Lovelace')).toContainText('No interactions yet')
    await card(page, 'Ada Lovelace').focus()
    await page.keyboard.press('l')

    const dialog = logWindow(page, 'Ada Lovelace')
    await expect(dialog.getByRole('combobox', { name: 'Interaction type' })).toBeFocused()
    await chooseOption(page, dialog.getByRole('combobox', { name: 'Interaction type' }), 'Call')
    await dialog.getByRole('textbox', { name: 'Summary' }).fill('Talked about the engine')
    await saveScreenshots(page, testInfo, 'quick-log')
    await dialog.getByRole('textbox', { name: 'Summary' }).press('Enter')

    await expect(dialog).toBeHidden()
    await expect(card(page, 'Ada Lovelace')).not.toContainText('No interactions yet')
    await expect(page.getByText('Call logged with Ada Lovelace')).toBeVisible()
    const logged = await (await rapport.api()).call('interactions.list', { contactId: ada.id })
    expect(logged).toMatchObject([{ type: 'call', summary: 'Talked about the engine' }])
  })

  test('S on a focused card opens its drawer on the snooze choices, R on the reminder form', async ({
    page,
    rapport,
  }) => {
    await openApp(page, rapport)
    await card(page, 'Ada Lovelace').focus()
    await page.keyboard.press('s')
    const drawer = page.getByRole('dialog', { name: 'Ada Lovelace' })
    await page.getByRole('menuitem', { name: '1 week' }).click()
    await expect(drawer.getByText(/Snoozed until/)).toBeVisible()

    await page.keyboard.press('Escape')
    await expect(drawer).toBeHidden()
    await card(page, 'Ada Lovelace').focus()
    await page.keyboard.press('r')
    await expect(drawer.getByRole('button', { name: 'Set reminder' })).toBeVisible()
  })

  test("the card's menu logs one on a past date, with its outcome", async ({ page, rapport }) => {
    await openApp(page, rapport)
    await card(page, 'Ada Lovelace').click({ button: 'right' })
    await page.getByRole('menuitem', { name: 'Log interaction…' }).click()

    const dialog = logWindow(page, 'Ada Lovelace')
    await chooseOption(page, dialog.getByRole('combobox', { name: 'Interaction type' }), 'Intro made')
    const date = dialog.getByRole('textbox', { name: 'Interaction date' })
    await date.fill('2024-03-05')
    await date.press('Tab')
    await dialog.getByRole('textbox', { name: 'Outcome (optional)' }).fill('They met for coffee')
    await dialog.getByRole('button', { name: 'Log interaction' }).click()

    await expect(dialog).toBeHidden()
    await expect(card(page, 'Ada Lovelace')).toContainText('years ago')
    const [logged] = await (await rapport.api()).call('interactions.list', { contactId: ada.id })
    expect(logged).toMatchObject({ type: 'intro', summary: '', outcome: 'They met for coffee' })
    expect(new Date(logged.occurredAt).toDateString()).toBe(new Date(2024, 2, 5).toDateString())
  })

  test('the palette logs with a contact picked by name', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await page.keyboard.press('ControlOrMeta+k')
    await page.keyboard.type('log inter')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('textbox', { name: 'Log interaction with' })).toBeFocused()
    await page.keyboard.type('grace')
    await page.keyboard.press('Enter')

    const dialog = logWindow(page, 'Grace Hopper')
    await expect(dialog.getByRole('combobox', { name: 'Interaction type' })).toBeFocused()
    await dialog.getByRole('textbox', { name: 'Summary' }).fill('Coffee about compilers')
    await dialog.getByRole('textbox', { name: 'Summary' }).press('Enter')

    await expect(dialog).toBeHidden()
    await expect(card(page, 'Grace Hopper')).not.toContainText('No interactions yet')
    await expect(card(page, 'Ada Lovelace')).toContainText('No interactions yet')
  })
})
