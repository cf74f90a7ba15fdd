import type { Page } from '@playwright/test'
import { addContacts, findByName, namesInStage, nameOf } from './support/arrange'
import { goToSection } from './support/app'
import { expect, openApp, test } from './support/rapportFixture'

const people = ['Ada Lovelace', 'Charles Babbage', 'Mary Somerville', 'Grace Hopper', 'Alan Turing', 'Joan Clarke']

const table = (page: Page) => page.getByRole('table', { name: 'Contacts' })
const checkbox = (page: Page, name: string) => table(page).getByRole('checkbox', { name: `Select ${name}` })
const bulkBar = (page: Page) => page.getByRole('toolbar', { name: 'Bulk actions' })

test.describe('bulk triage in the contacts table', () => {
  test.beforeEach(async ({ rapport, page }) => {
    await addContacts(
      await rapport.api(),
      people.map((name) => {
        const [firstName, lastName] = name.split(' ')
        return { firstName, lastName, stage: 'Connected' }
      }),
    )
    await addContacts(await rapport.api(), [{ firstName: 'Tim', lastName: 'Berners-Lee', stage: 'Champion' }])
    await openApp(page, rapport)
    await goToSection(page, 'Contacts')
    await expect(table(page).getByRole('row')).toHaveCount(people.length + 2)
  })

  test('a click and a shift-click select the range between, and "Move to stage" moves them all', async ({
    page,
    rapport,
  }) => {
    await checkbox(page, 'Charles Babbage').click()
    await checkbox(page, 'Alan Turing').click({ modifiers: ['Shift'] })

    await expect(bulkBar(page)).toContainText('4 selected')
    for (const name of ['Charles Babbage', 'Mary Somerville', 'Grace Hopper', 'Alan Turing']) {
      await expect(checkbox(page, name)).toBeChecked()
    }
    await expect(checkbox(page, 'Ada Lovelace')).not.toBeChecked()
    await expect(checkbox(page, 'Joan Clarke')).not.toBeChecked()

    await bulkBar(page).getByRole('button', { name: 'Move to stage' }).click()
    await page.getByRole('menuitem', { name: 'Champion' }).click()

    await expect(page.getByText('Moved 4 contacts to Champion.')).toBeVisible()
    const api = await rapport.api()
    expect(await namesInStage(api, 'Champion')).toEqual([
      'Tim Berners-Lee',
      'Charles Babbage',
      'Mary Somerville',
      'Grace Hopper',
      'Alan Turing',
    ])
    expect(await namesInStage(api, 'Connected')).toEqual(['Ada Lovelace', 'Joan Clarke'])
    await expect(table(page).getByRole('row').filter({ hasText: 'Grace Hopper' })).toContainText('Champion')

    await goToSection(page, 'Board')
    await expect(
      page.getByTestId('board').getByRole('region', { name: 'Champion' }).getByTestId('stage-count'),
    ).toHaveText('5 contacts')
  })

  test('"Add tag" tags every selected contact and no other', async ({ page, rapport }) => {
    await checkbox(page, 'Ada Lovelace').click()
    await checkbox(page, 'Joan Clarke').click()
    await expect(bulkBar(page)).toContainText('2 selected')

    await bulkBar(page).getByRole('button', { name: 'Add tag' }).click()
    const tags = page.getByRole('combobox', { name: 'Tags to add' })
    await tags.fill('mathematician')
    await tags.press('Enter')
    await page.getByRole('button', { name: 'Add to selected' }).click()

    await expect(page.getByText('Tagged 2 contacts with mathematician.')).toBeVisible()
    await expect(table(page).getByRole('row').filter({ hasText: 'Joan Clarke' })).toContainText('mathematician')
    const api = await rapport.api()
    const tagged = (await api.call('contacts.list', {})).filter((c) => c.tags.includes('mathematician'))
    expect(tagged.map(nameOf)).toEqual(['Ada Lovelace', 'Joan Clarke'])
  })

  test('"Archive" takes the selected contacts out of the table, and Undo brings them back', async ({
    page,
    rapport,
  }) => {
    await checkbox(page, 'Mary Somerville').click()
    await checkbox(page, 'Grace Hopper').click()
    await bulkBar(page).getByRole('button', { name: 'Archive' }).click()

    await expect(table(page).getByRole('row')).toHaveCount(people.length)
    await expect(table(page).getByText('Mary Somerville')).toHaveCount(0)
    await expect(bulkBar(page)).toContainText('5 contacts')
    const api = await rapport.api()
    expect((await findByName(api, 'Mary Somerville', { includeArchived: true }))?.archived).toBe(true)
    expect((await findByName(api, 'Grace Hopper', { includeArchived: true }))?.archived).toBe(true)

    await page
      .getByRole('alert')
      .filter({ hasText: '2 contacts archived.' })
      .getByRole('button', { name: 'Undo' })
      .click()
    await expect(page.getByText('2 contacts back from the archive.')).toBeVisible()
    await expect(table(page).getByRole('row')).toHaveCount(people.length + 2)
    expect(await namesInStage(api, 'Connected')).toEqual(people)
  })

  test('"Select all shown" selects only the rows the filters show', async ({ page }) => {
    await page.getByRole('textbox', { name: 'Search contacts' }).fill('ar') // Charles, Mary, Joan Clarke
    await expect(table(page).getByRole('row')).toHaveCount(4)
    await table(page).getByRole('checkbox', { name: 'Select all shown' }).click()
    await expect(bulkBar(page)).toContainText('3 selected')

    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect(table(page).getByRole('row')).toHaveCount(people.length + 2)
    await expect(bulkBar(page)).toContainText('3 selected')
    await expect(checkbox(page, 'Mary Somerville')).toBeChecked()
    await expect(checkbox(page, 'Ada Lovelace')).not.toBeChecked()
  })

  test('selected contacts that a filter hides drop out of the selection', async ({ page }) => {
    await checkbox(page, 'Ada Lovelace').click()
    await checkbox(page, 'Joan Clarke').click()
    await expect(bulkBar(page)).toContainText('2 selected')

    await page.getByRole('textbox', { name: 'Search contacts' }).fill('joan')
    await expect(bulkBar(page)).toContainText('1 selected')
  })
})
