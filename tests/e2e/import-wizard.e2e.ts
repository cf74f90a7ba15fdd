import fs from 'node:fs/promises'
import path from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { card } from './support/board'
import { expect, openApp, test } from './support/rapportFixture'

const linkedinSample = path.resolve(import.meta.dirname, '../fixtures/import/linkedin/Connections.csv')

/** A stat card of the preview or result, by its label and count ("New: 13"). */
const countCard = (page: Page, group: 'Import preview' | 'Import result', name: string) =>
  page.getByRole('group', { name: group, exact: true }).getByRole('group', { name, exact: true })

test.describe('the import wizard', () => {
  test('imports the LinkedIn sample onto the board, and undoing the import removes it', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Import' }).click()
    await expect(page.getByRole('button', { name: 'Choose a file to import' })).toBeVisible()
    await page.locator('input[type="file"]').setInputFiles(linkedinSample)

    await expect(page.getByRole('combobox', { name: 'File format' })).toHaveValue('LinkedIn Connections.csv')
    await expect(countCard(page, 'Import preview', 'Rows: 14')).toBeVisible()
    await expect(countCard(page, 'Import preview', 'New: 13')).toBeVisible()
    await expect(countCard(page, 'Import preview', 'Duplicates: 1')).toBeVisible()
    await expect(page.getByRole('table', { name: 'Duplicates within the file' })).toContainText('Priya Raman')
    const api = await rapport.api()
    expect(await api.call('contacts.list', {})).toHaveLength(0)

    await page.getByRole('button', { name: 'Import 13 contacts', exact: true }).click()

    await expect(countCard(page, 'Import result', 'New: 13')).toBeVisible()
    await expect.poll(async () => (await api.call('contacts.list', {})).length).toBe(13)
    await page.getByRole('button', { name: 'Go to board', exact: true }).click()
    await expect(card(page, 'Amara Okafor')).toBeVisible()

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Import' }).click()
    await expect(page.getByRole('table', { name: 'Recent imports' })).toContainText('13 new')
    await page.getByRole('button', { name: /^Undo import from / }).click()
    await page.getByRole('dialog', { name: 'Undo this import?' }).getByRole('button', { name: 'Undo import' }).click()

    await expect(page.getByText('13 contacts removed.')).toBeVisible()
    await expect.poll(async () => (await api.call('contacts.list', {})).length).toBe(0)
    await expect(page.getByRole('table', { name: 'Recent imports' }).getByText('Undone')).toBeVisible()
  })

  test('undoes the import just made from the last step', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Import' }).click()
    await page.locator('input[type="file"]').setInputFiles(linkedinSample)
    await page.getByRole('button', { name: 'Import 13 contacts', exact: true }).click()
    const api = await rapport.api()
    await expect.poll(async () => (await api.call('contacts.list', {})).length).toBe(13)

    await page.getByRole('button', { name: 'Undo import', exact: true }).click()
    await page.getByRole('dialog', { name: 'Undo this import?' }).getByRole('button', { name: 'Undo import' }).click()

    await expect.poll(async () => (await api.call('contacts.list', {})).length).toBe(0)
    await page.getByRole('button', { name: 'Import another file', exact: true }).click()
    await expect(page.getByRole('button', { name: 'Choose a file to import' })).toBeVisible()
  })

  test('a file it cannot read shows the parser’s message and offers another file', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Import' }).click()
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'odd.csv', mimeType: 'text/csv', buffer: Buffer.from('what,ever\n1,2\n') })

    await expect(page.getByRole('alert')).toContainText('its columns are: what, ever')
    await page.getByRole('button', { name: 'Choose another file' }).click()
    await expect(page.getByRole('button', { name: 'Choose a file to import' })).toBeVisible()
  })

  test('takes a file dropped on the drop area, and refuses two at once', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Import' }).click()
    const area = page.getByRole('button', { name: 'Choose a file to import' })
    const csv = await fs.readFile(linkedinSample, 'utf8')

    await dropFiles(area, [
      { name: 'a.csv', text: csv },
      { name: 'b.csv', text: csv },
    ])
    await expect(page.getByRole('alert')).toHaveText('Drop one file at a time.')

    await dropFiles(area, [{ name: 'Connections.csv', text: csv }])
    await expect(page.getByRole('combobox', { name: 'File format' })).toHaveValue('LinkedIn Connections.csv')
    await expect(countCard(page, 'Import preview', 'New: 13')).toBeVisible()
  })
})

/** Drops files on an element as the browser does when files are dragged from the desktop. */
const dropFiles = async (target: Locator, files: Array<{ name: string; text: string }>) => {
  const dataTransfer = await target.page().evaluateHandle((list) => {
    const transfer = new DataTransfer()
    for (const { name, text } of list) transfer.items.add(new File([text], name, { type: 'text/csv' }))
    return transfer
  }, files)
  for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer })
}
