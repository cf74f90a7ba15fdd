import type { Page } from '@playwright/test'
import { addContacts, namesInStage, nameOf } from './support/arrange'
import { reloadApp } from './support/app'
import { cardList, cardNames, column, dragOnto } from './support/board'
import { expect, openApp, test } from './support/rapportFixture'

const columnNames = (page: Page) =>
  page
    .getByTestId('board')
    .getByRole('region')
    .evaluateAll((regions) => regions.map((r) => r.getAttribute('aria-label') ?? ''))

const defaultStages = ['Connected', 'Reached out', 'In conversation', 'Collaborating', 'Champion']

test('"Add stage" adds an empty column at the end of the board, and the core keeps it', async ({ page, rapport }) => {
  await openApp(page, rapport)
  await page.getByRole('button', { name: 'Add stage' }).click()
  await page.getByRole('textbox', { name: 'New stage name' }).fill('  Mentors  ')
  await page.getByRole('button', { name: 'Add stage' }).click()

  await expect(column(page, 'Mentors').getByText('No contacts here')).toBeVisible()
  await expect.poll(() => columnNames(page)).toEqual([...defaultStages, 'Mentors'])
  await expect(page.getByTestId('board-summary')).toHaveText('0 contacts in 6 stages')
  const stages = await (await rapport.api()).call('stages.list', {})
  expect(stages.map((s) => s.name)).toEqual([...defaultStages, 'Mentors'])

  await reloadApp(page)
  await expect.poll(() => columnNames(page)).toEqual([...defaultStages, 'Mentors'])
})

test('Escape in the new stage name adds nothing', async ({ page, rapport }) => {
  await openApp(page, rapport)
  await page.getByRole('button', { name: 'Add stage' }).click()
  await page.getByRole('textbox', { name: 'New stage name' }).fill('Mentors')
  await page.getByRole('textbox', { name: 'New stage name' }).press('Escape')

  await expect(page.getByRole('textbox', { name: 'New stage name' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible()
  expect((await (await rapport.api()).call('stages.list', {})).map((s) => s.name)).toEqual(defaultStages)
})

test('a stage renamed from its menu keeps its place and its cards', async ({ page, rapport }) => {
  await addContacts(await rapport.api(), [{ firstName: 'Grace', lastName: 'Hopper', stage: 'Reached out' }])
  await openApp(page, rapport)
  await page.getByRole('button', { name: 'Stage actions: Reached out' }).click()
  await page.getByRole('menuitem', { name: 'Rename' }).click()
  const name = page.getByRole('textbox', { name: 'Stage name' })
  await expect(name).toBeFocused()
  await name.fill('Emailed')
  await name.press('Enter')

  await expect(column(page, 'Emailed')).toBeVisible()
  await expect(column(page, 'Reached out')).toHaveCount(0)
  await expect
    .poll(() => columnNames(page))
    .toEqual(['Connected', 'Emailed', 'In conversation', 'Collaborating', 'Champion'])
  await expect(cardList(page, 'Emailed').getByRole('button', { name: 'Grace Hopper' })).toBeVisible()
  const api = await rapport.api()
  await expect.poll(async () => (await api.call('stages.list', {})).map((s) => s.name)).toContain('Emailed')
  expect(await namesInStage(api, 'Emailed')).toEqual(['Grace Hopper'])
})

test('Escape while renaming a stage keeps its name', async ({ page, rapport }) => {
  await openApp(page, rapport)
  await page.getByRole('button', { name: 'Stage actions: Champion' }).click()
  await page.getByRole('menuitem', { name: 'Rename' }).click()
  await page.getByRole('textbox', { name: 'Stage name' }).fill('Fans')
  await page.getByRole('textbox', { name: 'Stage name' }).press('Escape')

  await expect(page.getByRole('textbox', { name: 'Stage name' })).toBeHidden()
  await expect(column(page, 'Champion')).toBeVisible()
  await expect(column(page, 'Fans')).toHaveCount(0)
  expect((await (await rapport.api()).call('stages.list', {})).map((s) => s.name)).toEqual(defaultStages)
})

test('archiving a stage moves its cards, in order, to the end of the stage chosen, and loses nothing', async ({
  page,
  rapport,
}) => {
  const api = await rapport.api()
  await addContacts(api, [
    { firstName: 'Alan', lastName: 'Turing', stage: 'Champion' },
    { firstName: 'Ada', lastName: 'Lovelace', stage: 'In conversation', notes: 'Poetical science', tags: ['maths'] },
    { firstName: 'Charles', lastName: 'Babbage', stage: 'In conversation' },
    { firstName: 'Mary', lastName: 'Somerville', stage: 'In conversation' },
  ])
  const before = await api.call('contacts.list', {})
  await openApp(page, rapport)
  await page.getByRole('button', { name: 'Stage actions: In conversation' }).click()
  await page.getByRole('menuitem', { name: 'Archive stage' }).click()

  const dialog = page.getByRole('dialog', { name: 'Archive “In conversation”?' })
  await expect(dialog).toContainText('its 3 contacts move to the stage you choose')
  await dialog.getByRole('combobox', { name: 'Move its contacts to' }).click()
  await page.getByRole('option', { name: 'Champion', exact: true }).click()
  await dialog.getByRole('button', { name: 'Archive stage' }).click()

  await expect(dialog).toBeHidden()
  await expect(column(page, 'In conversation')).toHaveCount(0)
  await expect
    .poll(() => cardNames(cardList(page, 'Champion')))
    .toEqual(['Alan Turing', 'Ada Lovelace', 'Charles Babbage', 'Mary Somerville'])
  await expect(column(page, 'Champion').getByTestId('stage-count')).toHaveText('4 contacts')
  await expect(page.getByTestId('board-summary')).toHaveText('4 contacts in 4 stages')

  expect(await namesInStage(api, 'Champion')).toEqual([
    'Alan Turing',
    'Ada Lovelace',
    'Charles Babbage',
    'Mary Somerville',
  ])
  const after = await api.call('contacts.list', { includeArchived: true })
  expect(after.map(nameOf).sort()).toEqual(before.map(nameOf).sort())
  expect(after.find((c) => c.firstName === 'Ada')).toMatchObject({
    notes: 'Poetical science',
    tags: ['maths'],
    archived: false,
  })
  const stages = await api.call('stages.list', { includeArchived: true })
  expect(stages.find((s) => s.name === 'In conversation')?.archived).toBe(true)
})

test('the archive dialog offers the column before by default, and Cancel archives nothing', async ({
  page,
  rapport,
}) => {
  await addContacts(await rapport.api(), [{ firstName: 'Grace', lastName: 'Hopper', stage: 'Collaborating' }])
  await openApp(page, rapport)
  await page.getByRole('button', { name: 'Stage actions: Collaborating' }).click()
  await page.getByRole('menuitem', { name: 'Archive stage' }).click()
  const dialog = page.getByRole('dialog', { name: 'Archive “Collaborating”?' })
  await expect(dialog.getByRole('combobox', { name: 'Move its contact to' })).toHaveValue('In conversation')
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  await expect(dialog).toBeHidden()
  await expect(cardList(page, 'Collaborating').getByRole('button', { name: 'Grace Hopper' })).toBeVisible()
  expect((await (await rapport.api()).call('stages.list', {})).map((s) => s.name)).toEqual(defaultStages)
})

test('a blank name does not rename a stage', async ({ page, rapport }) => {
  await openApp(page, rapport)
  await page.getByRole('button', { name: 'Stage actions: Champion' }).click()
  await page.getByRole('menuitem', { name: 'Rename' }).click()
  await page.getByRole('textbox', { name: 'Stage name' }).fill('   ')
  await page.getByRole('textbox', { name: 'Stage name' }).press('Enter')

  await expect(page.getByRole('textbox', { name: 'Stage name' })).toBeHidden()
  await expect(column(page, 'Champion')).toBeVisible()
  expect((await (await rapport.api()).call('stages.list', {})).map((s) => s.name)).toEqual(defaultStages)
})

test('a stage dragged by its grip onto another column takes its place', async ({ page, rapport }) => {
  await addContacts(await rapport.api(), [{ firstName: 'Grace', lastName: 'Hopper', stage: 'Champion' }])
  await openApp(page, rapport)
  await dragOnto(
    page,
    page.getByRole('button', { name: 'Reorder stage: Champion' }),
    page.getByRole('button', { name: 'Reorder stage: Reached out' }),
  )

  const reordered = ['Connected', 'Champion', 'Reached out', 'In conversation', 'Collaborating']
  await expect.poll(() => columnNames(page)).toEqual(reordered)
  await expect(cardList(page, 'Champion').getByRole('button', { name: 'Grace Hopper' })).toBeVisible()
  const api = await rapport.api()
  await expect.poll(async () => (await api.call('stages.list', {})).map((s) => s.name)).toEqual(reordered)
  await reloadApp(page)
  await expect.poll(() => columnNames(page)).toEqual(reordered)
})
