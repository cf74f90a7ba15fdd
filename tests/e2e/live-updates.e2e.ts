import { addContacts } from './support/arrange'
import { openContactFromBoard } from './support/app'
import { card, cardList, cardNames, column, dragOnto } from './support/board'
import { expect, openApp, test } from './support/rapportFixture'

test.describe('two pages on the same core', () => {
  test('a contact created in one page appears in the other without a reload', async ({ page, context, rapport }) => {
    const other = await context.newPage()
    await openApp(page, rapport)
    await openApp(other, rapport)

    await page.getByRole('button', { name: 'New contact' }).click()
    const form = page.getByRole('dialog', { name: 'New contact' })
    await form.getByRole('textbox', { name: 'First name' }).fill('Ada')
    await form.getByRole('textbox', { name: 'Last name' }).fill('Lovelace')
    await form.getByRole('button', { name: 'Create' }).click()

    await expect(cardList(other, 'Connected').getByRole('button', { name: 'Ada Lovelace' })).toBeVisible()
    await expect(other.getByTestId('board-summary')).toHaveText('1 contact in 5 stages')
  })

  test('cards moved in one page move in the other, by drag and by keyboard', async ({ page, context, rapport }) => {
    await addContacts(await rapport.api(), [
      { firstName: 'Ada', lastName: 'Lovelace', stage: 'Connected' },
      { firstName: 'Charles', lastName: 'Babbage', stage: 'Connected' },
      { firstName: 'Grace', lastName: 'Hopper', stage: 'Reached out' },
    ])
    const other = await context.newPage()
    await openApp(page, rapport)
    await openApp(other, rapport)

    await dragOnto(page, card(page, 'Charles Babbage'), card(page, 'Grace Hopper'))
    await expect.poll(() => cardNames(cardList(other, 'Reached out'))).toEqual(['Charles Babbage', 'Grace Hopper'])
    await expect(column(other, 'Connected').getByTestId('stage-count')).toHaveText('1 contact')

    await card(other, 'Ada Lovelace').focus()
    await other.keyboard.press('Alt+ArrowRight')
    await expect
      .poll(() => cardNames(cardList(page, 'Reached out')))
      .toEqual(['Charles Babbage', 'Grace Hopper', 'Ada Lovelace'])
    await expect(column(page, 'Connected').getByText('No contacts here')).toBeVisible()
  })

  test('a field edited in one page shows in the drawer open on the same contact in the other', async ({
    page,
    context,
    rapport,
  }) => {
    await addContacts(await rapport.api(), [{ firstName: 'Ada', lastName: 'Lovelace' }])
    const other = await context.newPage()
    await openApp(page, rapport)
    await openApp(other, rapport)
    const watching = await openContactFromBoard(other, 'Ada Lovelace')

    const editing = await openContactFromBoard(page, 'Ada Lovelace')
    await editing.getByRole('textbox', { name: 'Company' }).fill('Analytical Engines')
    await editing.getByRole('textbox', { name: 'Company' }).press('Enter')
    await editing.getByRole('textbox', { name: 'First name' }).fill('Augusta Ada')
    await editing.getByRole('textbox', { name: 'First name' }).press('Enter')

    await expect(other.getByRole('dialog', { name: 'Augusta Ada Lovelace' })).toBeVisible()
    await expect(watching.getByRole('textbox', { name: 'Company' })).toHaveValue('Analytical Engines')
    await expect(card(other, 'Augusta Ada Lovelace')).toContainText('Analytical Engines')
  })

  test('a stage added in one page becomes a column in the other', async ({ page, context, rapport }) => {
    const other = await context.newPage()
    await openApp(page, rapport)
    await openApp(other, rapport)

    await page.getByRole('button', { name: 'Add stage' }).click()
    await page.getByRole('textbox', { name: 'New stage name' }).fill('Mentors')
    await page.getByRole('textbox', { name: 'New stage name' }).press('Enter')

    await expect(column(other, 'Mentors')).toBeVisible()
    await expect(other.getByTestId('board-summary')).toHaveText('0 contacts in 6 stages')
  })

  test('an edit made elsewhere to another field shows in the open drawer, and saving mine keeps it', async ({
    page,
    rapport,
  }) => {
    const api = await rapport.api()
    const [ada] = await addContacts(api, [{ firstName: 'Ada', lastName: 'Lovelace' }])
    await openApp(page, rapport)
    const drawer = await openContactFromBoard(page, 'Ada Lovelace')
    const company = drawer.getByRole('textbox', { name: 'Company' })
    await company.fill('Analytical Engines')

    await api.call('contacts.update', { id: ada.id, fields: { location: 'London' } })
    await expect(drawer.getByRole('textbox', { name: 'Location' })).toHaveValue('London')
    await expect(company).toHaveValue('Analytical Engines')
    await company.press('Enter')

    await expect.poll(async () => (await api.call('contacts.get', { id: ada.id })).company).toBe('Analytical Engines')
    expect((await api.call('contacts.get', { id: ada.id })).location).toBe('London')
  })

  test('notes typed in the drawer merge with notes changed elsewhere meanwhile', async ({ page, rapport }) => {
    const api = await rapport.api()
    const [ada] = await addContacts(api, [{ firstName: 'Ada', lastName: 'Lovelace', notes: 'one two three' }])
    await openApp(page, rapport)
    const notes = (await openContactFromBoard(page, 'Ada Lovelace')).getByRole('textbox', { name: 'Notes' })
    await notes.click()
    await notes.press('End')
    await notes.pressSequentially(' four')
    await api.call('contacts.update', { id: ada.id, fields: { notes: 'zero one two three' } })
    await notes.blur()

    await expect
      .poll(async () => (await api.call('contacts.get', { id: ada.id })).notes)
      .toBe('zero one two three four')
    await expect(notes).toHaveValue('zero one two three four')
  })
})
