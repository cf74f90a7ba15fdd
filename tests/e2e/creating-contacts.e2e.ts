import { addContacts, findByName, namesInStage } from './support/arrange'
import { cardList, cardNames, column } from './support/board'
import { expect, openApp, test } from './support/rapportFixture'

test('"New contact" creates a contact in the first stage and shows it on the board and in the drawer', async ({
  page,
  rapport,
}) => {
  await openApp(page, rapport)
  await page.getByRole('button', { name: 'New contact' }).click()
  const form = page.getByRole('dialog', { name: 'New contact' })
  await expect(form.getByRole('textbox', { name: 'First name' })).toBeFocused()
  await form.getByRole('textbox', { name: 'First name' }).fill('Ada')
  await form.getByRole('textbox', { name: 'Last name' }).fill('Lovelace')
  await form.getByRole('textbox', { name: 'Company' }).fill('Analytical Engines')
  await form.getByRole('textbox', { name: 'Position' }).fill('Mathematician')
  await form.getByRole('button', { name: 'Create' }).click()

  await expect(page.getByRole('dialog', { name: 'Ada Lovelace' })).toBeVisible()
  await expect(cardList(page, 'Connected').getByRole('button', { name: 'Ada Lovelace' })).toBeVisible()
  await expect(page.getByTestId('board-summary')).toHaveText('1 contact in 5 stages')
  const stored = await findByName(await rapport.api(), 'Ada Lovelace')
  expect(stored).toMatchObject({ company: 'Analytical Engines', position: 'Mathematician', sources: ['manual'] })
})

test('"New contact" refuses a contact without a name, says why, and creates nothing', async ({ page, rapport }) => {
  await openApp(page, rapport)
  await page.getByRole('button', { name: 'New contact' }).click()
  const form = page.getByRole('dialog', { name: 'New contact' })
  await form.getByRole('textbox', { name: 'Company' }).fill('Nameless Ltd')
  await form.getByRole('button', { name: 'Create' }).click()

  await expect(form.getByText('A contact needs a first or a last name')).toBeVisible()
  await expect(form.getByRole('textbox', { name: 'First name' })).toBeFocused()
  await form.getByRole('textbox', { name: 'First name' }).fill('Nobody')
  await form.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('dialog', { name: 'Nobody' })).toBeVisible()
  const api = await rapport.api()
  expect((await api.call('contacts.list', {})).map((c) => c.firstName)).toEqual(['Nobody'])
})

test('"+ Add" in an empty column creates the contact in that stage', async ({ page, rapport }) => {
  await openApp(page, rapport)
  const collaborating = column(page, 'Collaborating')
  await expect(collaborating.getByText('No contacts here')).toBeVisible()
  await collaborating.getByRole('button', { name: '+ Add' }).click()

  const form = page.getByRole('dialog', { name: 'New contact' })
  await expect(form.getByRole('combobox', { name: 'Stage' })).toHaveValue('Collaborating')
  await form.getByRole('textbox', { name: 'First name' }).fill('Grace')
  await form.getByRole('textbox', { name: 'Last name' }).fill('Hopper')
  await form.getByRole('textbox', { name: 'Last name' }).press('Enter')

  await expect(page.getByRole('dialog', { name: 'Grace Hopper' })).toBeVisible()
  await expect(cardList(page, 'Collaborating').getByRole('button', { name: 'Grace Hopper' })).toBeVisible()
  await expect(collaborating.getByTestId('stage-count')).toHaveText('1 contact')
  expect(await namesInStage(await rapport.api(), 'Collaborating')).toEqual(['Grace Hopper'])
})

test('"Add a card here" from a stage menu adds the contact at the end of that stage', async ({ page, rapport }) => {
  await addContacts(await rapport.api(), [{ firstName: 'Alan', lastName: 'Turing', stage: 'In conversation' }])
  await openApp(page, rapport)
  await page.getByRole('button', { name: 'Stage actions: In conversation' }).click()
  await page.getByRole('menuitem', { name: 'Add a card here' }).click()

  const form = page.getByRole('dialog', { name: 'New contact' })
  await expect(form.getByRole('combobox', { name: 'Stage' })).toHaveValue('In conversation')
  await form.getByRole('textbox', { name: 'First name' }).fill('Joan')
  await form.getByRole('textbox', { name: 'Last name' }).fill('Clarke')
  await form.getByRole('button', { name: 'Create' }).click()

  await expect(page.getByRole('dialog', { name: 'Joan Clarke' })).toBeVisible()
  await expect.poll(() => cardNames(cardList(page, 'In conversation'))).toEqual(['Alan Turing', 'Joan Clarke'])
  expect(await namesInStage(await rapport.api(), 'In conversation')).toEqual(['Alan Turing', 'Joan Clarke'])
})
