import type { Page } from '@playwright/test'
import type { RapportClient } from '../../shared/api/client'
import { addContacts, findByName } from './support/arrange'
import { goToSection } from './support/app'
import { expect, openApp, test } from './support/rapportFixture'

const table = (page: Page) => page.getByRole('table', { name: 'Contacts' })
const checkbox = (page: Page, name: string) => table(page).getByRole('checkbox', { name: `Select ${name}` })
const bulkBar = (page: Page) => page.getByRole('toolbar', { name: 'Bulk actions' })
const cadenceOf = async (api: RapportClient, name: string) => (await findByName(api, name))?.cadenceDays

test('"Set cadence" on the selected contacts sets it on all of them, and Undo gives each its own back', async ({
  page,
  rapport,
}) => {
  const api = await rapport.api()
  await addContacts(api, [
    { firstName: 'Ada', lastName: 'Lovelace', stage: 'Connected' },
    { firstName: 'Grace', lastName: 'Hopper', stage: 'Connected' },
    { firstName: 'Alan', lastName: 'Turing', stage: 'Connected' },
  ])
  const grace = (await findByName(api, 'Grace Hopper'))!
  await api.call('contacts.update', { id: grace.id, fields: { cadenceDays: 90 } })
  await openApp(page, rapport)
  await goToSection(page, 'Contacts')

  await checkbox(page, 'Ada Lovelace').click()
  await checkbox(page, 'Grace Hopper').click()
  await bulkBar(page).getByRole('button', { name: 'Set cadence' }).click()
  await page.getByRole('menuitem', { name: 'Monthly' }).click()

  await expect(page.getByText('2 contacts now have a cadence of 30 days.')).toBeVisible()
  await expect.poll(() => cadenceOf(api, 'Ada Lovelace')).toBe(30)
  expect(await cadenceOf(api, 'Grace Hopper')).toBe(30)
  expect(await cadenceOf(api, 'Alan Turing')).toBeNull()

  await page.getByRole('button', { name: 'Undo' }).click()

  await expect.poll(() => cadenceOf(api, 'Grace Hopper')).toBe(90)
  expect(await cadenceOf(api, 'Ada Lovelace')).toBeNull()
})

test("a stage's menu sets the default cadence of its contacts, and the drawer says a contact uses it", async ({
  page,
  rapport,
}) => {
  const api = await rapport.api()
  await addContacts(api, [{ firstName: 'Ada', lastName: 'Lovelace', stage: 'Reached out' }])
  await openApp(page, rapport)

  await page.getByRole('button', { name: 'Stage actions: Reached out' }).click()
  await page.getByRole('menuitem', { name: 'Default cadence' }).hover()
  await page.getByRole('menuitem', { name: 'Quarterly' }).click()

  await expect
    .poll(async () => (await api.call('stages.list', {})).find((s) => s.name === 'Reached out')?.cadenceDays)
    .toBe(90)
  await page.getByTestId('board').getByText('Ada Lovelace').click()
  await expect(page.getByRole('dialog').getByText(/stage.s default: quarterly/i)).toBeVisible()
})
