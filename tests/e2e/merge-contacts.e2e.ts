import type { Page } from '@playwright/test'
import { addContacts, nameOf } from './support/arrange'
import { goToSection } from './support/app'
import { expect, openApp, test } from './support/rapportFixture'

const table = (page: Page) => page.getByRole('table', { name: 'Contacts' })
const checkbox = (page: Page, name: string) => table(page).getByRole('checkbox', { name: `Select ${name}` })
const bulkBar = (page: Page) => page.getByRole('toolbar', { name: 'Bulk actions' })

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
