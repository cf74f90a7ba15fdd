import path from 'node:path'
import type { Page, TestInfo } from '@playwright/test'
import type { RapportClient } from '../../shared/api/client'
import { addContacts, nameOf } from './support/arrange'
import { goToSection } from './support/app'
import { card } from './support/board'
import { expect, openApp, test } from './support/rapportFixture'

const linkedinSample = path.resolve(import.meta.dirname, '../fixtures/import/linkedin/Connections.csv')

const table = (page: Page) => page.getByRole('table', { name: 'Contacts' })
const checkbox = (page: Page, name: string) => table(page).getByRole('checkbox', { name: `Select ${name}` })
const bulkBar = (page: Page) => page.getByRole('toolbar', { name: 'Bulk actions' })
const mergeDialog = (page: Page) => page.getByRole('dialog', { name: 'Merge 2 contacts' })

/** Saves what the page shows, in light and in dark, next to the test's results. */
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

/** Ada, Augusta (another record of her, with a meeting) and Charles. */
const arrangeAdaAndAugusta = async (api: RapportClient) => {
  const [ada, augusta] = await addContacts(api, [
    { firstName: 'Ada', lastName: 'Lovelace', emails: ['ada@example.com'], notes: 'Met at the salon' },
    { firstName: 'Augusta', lastName: 'King', company: 'Analytical Engines', notes: 'Likes poetry', stage: 'Champion' },
    { firstName: 'Charles', lastName: 'Babbage' },
  ])
  await api.call('interactions.log', { contactId: augusta.id, type: 'meeting', occurredAt: 5_000, summary: 'Tea' })
  return { ada, augusta }
}

test('merging two selected contacts keeps one with the fields and interactions of both', async ({ page, rapport }) => {
  const api = await rapport.api()
  const [ada, augusta] = await addContacts(api, [
    { firstName: 'Ada', lastName: 'Lovelace', emails: ['ada@example.com'], notes: 'Met at the salon' },
    { firstName: 'Augusta', lastName: 'King', company: 'Analytical Engines', notes: 'Likes poetry' },
    { firstName: 'Charles', lastName: 'Babbage' },
  ])
  await api.call('interactions.log', { contactId: augusta.id, type: 'meeting', occurredAt: 5_000, summary: 'Tea' })
  await openApp(page, rapport)
  await goToSection(page, 'Contacts')
  await expect(table(page).getByRole('row')).toHaveCount(4)

  await checkbox(page, 'Ada Lovelace').click()
  await expect(bulkBar(page).getByRole('button', { name: 'Merge', exact: true })).toBeDisabled()
  await checkbox(page, 'Augusta King').click()
  await bulkBar(page).getByRole('button', { name: 'Merge', exact: true }).click()

  const dialog = page.getByRole('dialog', { name: 'Merge 2 contacts' })
  await expect(dialog).toContainText('Nothing is lost: fields, notes, tags and interactions are combined.')
  await expect(dialog.getByRole('radio', { name: 'Keep Ada Lovelace' })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: 'Keep Augusta King' })).not.toBeChecked()
  await dialog.getByRole('button', { name: 'Merge contacts' }).click()

  await expect(page.getByText('2 contacts merged into Ada Lovelace.')).toBeVisible()
  await expect(dialog).toBeHidden()
  await expect(table(page).getByRole('row')).toHaveCount(3)
  await expect(bulkBar(page)).toContainText('2 contacts')
  const contacts = await api.call('contacts.list', {})
  expect(contacts.map(nameOf)).toEqual(['Ada Lovelace', 'Charles Babbage'])
  expect(contacts[0]).toMatchObject({
    id: ada.id,
    company: 'Analytical Engines',
    notes: 'Met at the salon\n\nLikes poetry',
    lastInteractionAt: 5_000,
  })
  expect((await api.call('interactions.list', { contactId: ada.id })).map((i) => i.summary)).toEqual(['Tea'])
})

test('a board card merges with a contact picked by name', async ({ page, rapport }, testInfo) => {
  const api = await rapport.api()
  const { ada, augusta } = await arrangeAdaAndAugusta(api)
  await openApp(page, rapport)

  await card(page, 'Ada Lovelace').click({ button: 'right' })
  await page.getByRole('menuitem', { name: 'Merge with…' }).click()
  const picker = page.getByRole('dialog', { name: 'Merge Ada Lovelace with…' })
  await picker.getByRole('textbox', { name: 'Search by name' }).fill('aug')
  await expect(picker.getByRole('listitem')).toHaveCount(1)
  await saveScreenshots(page, testInfo, 'merge-picker')
  await picker.getByRole('listitem').filter({ hasText: 'Augusta King' }).click()

  await expect(mergeDialog(page).getByRole('radio', { name: 'Keep Ada Lovelace' })).toBeChecked()
  await saveScreenshots(page, testInfo, 'merge-dialog')
  await mergeDialog(page).getByRole('button', { name: 'Merge contacts' }).click()

  await expect(page.getByText('2 contacts merged into Ada Lovelace.')).toBeVisible()
  await expect(card(page, 'Augusta King')).toHaveCount(0)
  const contacts = await api.call('contacts.list', {})
  expect(contacts.map(nameOf).sort()).toEqual(['Ada Lovelace', 'Charles Babbage'])
  expect(await api.call('contacts.get', { id: ada.id })).toMatchObject({ company: 'Analytical Engines' })
  expect((await api.call('interactions.list', { contactId: ada.id })).map((i) => i.summary)).toEqual(['Tea'])
  await expect(api.call('contacts.get', { id: augusta.id })).rejects.toMatchObject({ code: 'not_found' })
})

test('Undo after a merge brings both contacts and their timelines back', async ({ page, rapport }) => {
  const api = await rapport.api()
  const { ada, augusta } = await arrangeAdaAndAugusta(api)
  await openApp(page, rapport)

  // From the keyboard this time: M on a focused card starts "Merge with…"; Enter takes the first match.
  await card(page, 'Ada Lovelace').focus()
  await page.keyboard.press('m')
  await page.getByRole('textbox', { name: 'Search by name' }).fill('King')
  await page.keyboard.press('Enter')
  await mergeDialog(page).getByRole('button', { name: 'Merge contacts' }).click()
  const notice = page.getByRole('alert').filter({ hasText: '2 contacts merged into Ada Lovelace.' })
  await expect(card(page, 'Augusta King')).toHaveCount(0)

  await notice.getByRole('button', { name: 'Undo' }).click()

  await expect(page.getByText('The merge into Ada Lovelace is undone.')).toBeVisible()
  await expect(card(page, 'Augusta King')).toBeVisible()
  const restored = await api.call('contacts.get', { id: augusta.id })
  const { updatedAt: _a, ...augustaNow } = restored
  const { updatedAt: _b, ...augustaBefore } = augusta
  expect(augustaNow).toEqual({ ...augustaBefore, lastInteractionAt: 5_000 })
  expect(await api.call('contacts.get', { id: ada.id })).toMatchObject({ company: '', notes: 'Met at the salon' })
  expect((await api.call('interactions.list', { contactId: augusta.id })).map((i) => i.summary)).toEqual(['Tea'])
  expect(await api.call('interactions.list', { contactId: ada.id })).toEqual([])
})

test('the contact drawer merges its contact with another and opens the one kept', async ({ page, rapport }) => {
  const api = await rapport.api()
  await arrangeAdaAndAugusta(api)
  await openApp(page, rapport)
  await card(page, 'Augusta King').click()
  await page.getByRole('dialog', { name: 'Augusta King' }).getByRole('button', { name: 'Merge with…' }).click()

  const picker = page.getByRole('dialog', { name: 'Merge Augusta King with…' })
  await picker.getByRole('textbox', { name: 'Search by name' }).fill('lovelace')
  await picker.getByRole('listitem').filter({ hasText: 'Ada Lovelace' }).click()
  await mergeDialog(page).getByRole('button', { name: 'Merge contacts' }).click()

  await expect(page.getByRole('dialog', { name: 'Ada Lovelace' })).toBeVisible()
  await expect(
    page.getByRole('dialog', { name: 'Ada Lovelace' }).getByRole('textbox', { name: 'Company' }),
  ).toHaveValue('Analytical Engines')
})

test('likely duplicates of an import can be reviewed and merged once it is done', async ({
  page,
  rapport,
}, testInfo) => {
  const api = await rapport.api()
  const [amara] = await addContacts(api, [{ firstName: 'Amara', lastName: 'Okafor', company: 'Okafor Consulting' }])
  await openApp(page, rapport)
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Import' }).click()
  await page.locator('input[type="file"]').setInputFiles(linkedinSample)
  await expect(page.getByRole('table', { name: 'Likely duplicates to review' })).toContainText('Amara Okafor')
  await page.getByRole('button', { name: 'Import 13 contacts', exact: true }).click()

  const review = page.getByRole('table', { name: 'Likely duplicates to review' })
  await expect(review).toContainText('Same name as Amara Okafor')
  await saveScreenshots(page, testInfo, 'import-review')
  await review.getByRole('button', { name: /^Review Amara Okafor/ }).click()
  await expect(mergeDialog(page)).toContainText('Okafor Consulting')
  await expect(mergeDialog(page)).toContainText('Lagos Fintech Hub')
  await mergeDialog(page).getByRole('button', { name: 'Merge contacts' }).click()

  await expect(page.getByText('2 contacts merged into Amara Okafor.')).toBeVisible()
  await expect(review).toContainText('Merged or removed')
  const amaras = (await api.call('contacts.list', {})).filter((c) => nameOf(c) === 'Amara Okafor')
  expect(amaras).toHaveLength(1)
  expect(amaras[0]).toMatchObject({
    id: amara.id,
    company: 'Okafor Consulting',
    linkedinUrl: 'https://www.linkedin.com/in/amara-okafor',
  })

  // Importing the file again writes only Amara's company (the file's wins), not the 12 unchanged people.
  await page.getByRole('button', { name: 'Import another file', exact: true }).click()
  await page.locator('input[type="file"]').setInputFiles(linkedinSample)
  await page.getByRole('button', { name: 'Import 1 contact', exact: true }).click()
  // A third time, nothing would be written.
  await page.getByRole('button', { name: 'Import another file', exact: true }).click()
  await page.locator('input[type="file"]').setInputFiles(linkedinSample)
  await expect(page.getByRole('button', { name: 'Nothing to import', exact: true })).toBeDisabled()
})
