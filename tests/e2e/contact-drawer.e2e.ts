import type { Locator, Page } from '@playwright/test'
import type { RapportClient } from '../../shared/api/client'
import type { Contact } from '../../shared/domain'
import { addContacts, findByName, namesInStage, stagesByName } from './support/arrange'
import { addPills, chooseOption, openContactFromBoard, reloadApp } from './support/app'
import { card, cardList } from './support/board'
import { expect, openApp, test } from './support/rapportFixture'

const edited = {
  position: 'Analyst',
  company: 'Analytical Engines',
  linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace',
  location: 'London',
  howWeMet: 'A soirée at Babbage’s',
  offer: 'An intro to Mary Somerville',
  emails: ['ada@example.com'],
  tags: ['maths', 'poetry'],
  cadenceDays: 30,
  connectedOn: '2019-06-01',
  notes: 'Wrote the first program.\nLikes poetical science.',
}

const stored = (api: RapportClient, id: string): Promise<Contact> => api.call('contacts.get', { id })

/** Edits every kind of field of the drawer, each the way a person would. */
const editEveryField = async (page: Page, drawer: Locator): Promise<void> => {
  await drawer.getByRole('textbox', { name: 'Position' }).fill(edited.position)
  await drawer.getByRole('textbox', { name: 'Position' }).press('Enter')
  await drawer.getByRole('textbox', { name: 'Company' }).fill(edited.company)
  await drawer.getByRole('textbox', { name: 'LinkedIn URL' }).click() // leaving Company saves it
  await drawer.getByRole('textbox', { name: 'LinkedIn URL' }).fill(edited.linkedinUrl)
  await drawer.getByRole('textbox', { name: 'LinkedIn URL' }).press('Enter')
  await drawer.getByRole('textbox', { name: 'Location' }).fill(edited.location)
  await drawer.getByRole('textbox', { name: 'Location' }).press('Enter')
  await drawer.getByRole('textbox', { name: 'How we met' }).fill(edited.howWeMet)
  await drawer.getByRole('textbox', { name: 'How we met' }).press('Enter')
  await drawer.getByRole('textbox', { name: 'What I can offer them' }).fill(edited.offer)
  await drawer.getByRole('textbox', { name: 'What I can offer them' }).press('Control+Enter')
  await addPills(drawer.getByRole('combobox', { name: 'Emails' }), edited.emails)
  await addPills(drawer.getByRole('combobox', { name: 'Tags' }), edited.tags)
  await chooseOption(page, drawer.getByRole('combobox', { name: 'Keep in touch' }), 'Monthly')
  await drawer.getByRole('textbox', { name: 'Connected on' }).fill(edited.connectedOn)
  await drawer.getByRole('textbox', { name: 'Notes' }).fill(edited.notes)
  await drawer.getByRole('textbox', { name: 'Notes' }).blur()
}

/** What the drawer shows once every field of `edited` is stored. */
const expectEveryFieldShown = async (drawer: Locator): Promise<void> => {
  await expect(drawer.getByRole('textbox', { name: 'Position' })).toHaveValue(edited.position)
  await expect(drawer.getByRole('textbox', { name: 'Company' })).toHaveValue(edited.company)
  await expect(drawer.getByRole('textbox', { name: 'LinkedIn URL' })).toHaveValue(edited.linkedinUrl)
  await expect(drawer.getByRole('textbox', { name: 'Location' })).toHaveValue(edited.location)
  await expect(drawer.getByRole('textbox', { name: 'How we met' })).toHaveValue(edited.howWeMet)
  await expect(drawer.getByRole('textbox', { name: 'What I can offer them' })).toHaveValue(edited.offer)
  await expect(drawer.getByRole('textbox', { name: 'Notes' })).toHaveValue(edited.notes)
  await expect(drawer.getByRole('combobox', { name: 'Keep in touch' })).toHaveValue('Monthly')
  await expect(drawer.getByRole('textbox', { name: 'Connected on' })).toHaveValue('1 Jun 2019')
  for (const pill of [...edited.emails, ...edited.tags]) {
    await expect(drawer.getByText(pill, { exact: true })).toBeVisible()
  }
}

test.describe('editing a contact in the drawer', () => {
  let ada: Contact

  test.beforeEach(async ({ rapport }) => {
    ;[ada] = await addContacts(await rapport.api(), [{ firstName: 'Ada', lastName: 'Lovelace' }])
  })

  test('every field saves on its own and is still there after a reload', async ({ page, rapport }) => {
    await openApp(page, rapport)
    const drawer = await openContactFromBoard(page, 'Ada Lovelace')
    await editEveryField(page, drawer)
    const api = await rapport.api()
    await expect.poll(() => stored(api, ada.id)).toMatchObject(edited)

    await reloadApp(page)
    await expectEveryFieldShown(await openContactFromBoard(page, 'Ada Lovelace'))
    await expect(card(page, 'Ada Lovelace')).toContainText('Analyst at Analytical Engines')
  })

  test('every edit is still there after the core restarts and the page is opened again', async ({ page, rapport }) => {
    await openApp(page, rapport)
    const drawer = await openContactFromBoard(page, 'Ada Lovelace')
    await editEveryField(page, drawer)
    await expect.poll(async () => stored(await rapport.api(), ada.id)).toMatchObject(edited)

    await rapport.restart()
    await openApp(page, rapport)
    await expectEveryFieldShown(await openContactFromBoard(page, 'Ada Lovelace'))
    expect(await stored(await rapport.api(), ada.id)).toMatchObject(edited)
  })

  test('notes save once typing stops, without leaving the field', async ({ page, rapport }) => {
    await openApp(page, rapport)
    const drawer = await openContactFromBoard(page, 'Ada Lovelace')
    const notes = drawer.getByRole('textbox', { name: 'Notes' })
    await notes.pressSequentially('Met at the Analytical Society')

    const api = await rapport.api()
    await expect.poll(async () => (await stored(api, ada.id)).notes).toBe('Met at the Analytical Society')
    await expect(notes).toBeFocused()
  })

  test('the last words of the notes are saved when the drawer is closed right away', async ({ page, rapport }) => {
    await openApp(page, rapport)
    const drawer = await openContactFromBoard(page, 'Ada Lovelace')
    await drawer.getByRole('textbox', { name: 'Notes' }).fill('Owes me a letter')
    await page.keyboard.press('Escape')

    await expect(drawer).toBeHidden()
    await expect.poll(async () => (await stored(await rapport.api(), ada.id)).notes).toBe('Owes me a letter')
  })

  test('the drawer moves the contact to the end of the stage picked', async ({ page, rapport }) => {
    await addContacts(await rapport.api(), [{ firstName: 'Grace', lastName: 'Hopper', stage: 'Champion' }])
    await openApp(page, rapport)
    const drawer = await openContactFromBoard(page, 'Ada Lovelace')
    await chooseOption(page, drawer.getByRole('combobox', { name: 'Stage' }), 'Champion')

    await expect(cardList(page, 'Champion').getByRole('button', { name: 'Ada Lovelace' })).toBeAttached()
    await expect
      .poll(async () => (await rapport.api()).call('contacts.list', {}).then((l) => l.at(-1)?.id))
      .toBe(ada.id)
  })

  test('an interaction logged from the timeline shows on it, and is kept', async ({ page, rapport }) => {
    await openApp(page, rapport)
    const drawer = await openContactFromBoard(page, 'Ada Lovelace')
    await chooseOption(page, drawer.getByRole('combobox', { name: 'Interaction type' }), 'Call')
    await drawer.getByRole('textbox', { name: 'Summary' }).fill('Talked about the engine')
    await drawer.getByRole('button', { name: 'Log interaction' }).click()

    await expect(drawer.getByText('Talked about the engine')).toBeVisible()
    await expect(drawer.getByRole('textbox', { name: 'Summary' })).toHaveValue('')
    const logged = await (await rapport.api()).call('interactions.list', { contactId: ada.id })
    expect(logged).toMatchObject([{ type: 'call', summary: 'Talked about the engine' }])
    await reloadApp(page)
    await expect((await openContactFromBoard(page, 'Ada Lovelace')).getByText('Talked about the engine')).toBeVisible()
  })
})

test.describe('leaving an edit', () => {
  test('Escape drops an unsaved edit, and a second Escape closes the drawer', async ({ page, rapport }) => {
    const [ada] = await addContacts(await rapport.api(), [
      { firstName: 'Ada', lastName: 'Lovelace', company: 'Engines' },
    ])
    await openApp(page, rapport)
    const drawer = await openContactFromBoard(page, 'Ada Lovelace')
    const company = drawer.getByRole('textbox', { name: 'Company' })
    await company.fill('Oops')
    await company.press('Escape')

    await expect(company).toHaveValue('Engines')
    await expect(drawer).toBeVisible()
    await company.press('Escape')
    await expect(drawer).toBeHidden()
    expect((await stored(await rapport.api(), ada.id)).company).toBe('Engines')
  })
})

test.describe('invalid values in the drawer', () => {
  let ada: Contact

  test.beforeEach(async ({ rapport }) => {
    ;[ada] = await addContacts(await rapport.api(), [{ firstName: 'Ada', lastName: 'Lovelace' }])
  })

  test('an email that is not one is shown with the reason, and nothing is saved', async ({ page, rapport }) => {
    await openApp(page, rapport)
    const drawer = await openContactFromBoard(page, 'Ada Lovelace')
    await addPills(drawer.getByRole('combobox', { name: 'Emails' }), ['ada-at-example'])
    await expect(drawer.getByText('"ada-at-example" must be an email address')).toBeVisible()
    await expect(drawer.getByRole('combobox', { name: 'Emails' })).toHaveAttribute('aria-invalid', 'true')

    // A valid edit made after it is stored: had the email been sent, it would be stored by then too.
    await drawer.getByRole('textbox', { name: 'Location' }).fill('London')
    await drawer.getByRole('textbox', { name: 'Location' }).press('Enter')
    const api = await rapport.api()
    await expect.poll(async () => (await stored(api, ada.id)).location).toBe('London')
    expect((await stored(api, ada.id)).emails).toEqual([])

    await reloadApp(page)
    const reopened = await openContactFromBoard(page, 'Ada Lovelace')
    await expect(reopened.getByText('ada-at-example')).toHaveCount(0)
  })

  test('a LinkedIn URL that is not a web address is shown with the reason, and nothing is saved', async ({
    page,
    rapport,
  }) => {
    await openApp(page, rapport)
    const drawer = await openContactFromBoard(page, 'Ada Lovelace')
    const url = drawer.getByRole('textbox', { name: 'LinkedIn URL' })
    await url.fill('linkedin.com/in/ada')
    await url.press('Enter')
    await expect(drawer.getByText('Must be a web address (https://...)')).toBeVisible()
    await expect(url).toHaveAttribute('aria-invalid', 'true')
    await expect(url).toHaveValue('linkedin.com/in/ada')

    await drawer.getByRole('textbox', { name: 'Location' }).fill('London')
    await drawer.getByRole('textbox', { name: 'Location' }).press('Enter')
    const api = await rapport.api()
    await expect.poll(async () => (await stored(api, ada.id)).location).toBe('London')
    expect((await stored(api, ada.id)).linkedinUrl).toBe('')

    await reloadApp(page)
    await expect(
      (await openContactFromBoard(page, 'Ada Lovelace')).getByRole('textbox', { name: 'LinkedIn URL' }),
    ).toHaveValue('')
  })

  test('a new contact with an invalid email is not created until the email is removed', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await page.getByRole('button', { name: 'New contact' }).click()
    const form = page.getByRole('dialog', { name: 'New contact' })
    await form.getByRole('textbox', { name: 'First name' }).fill('Grace')
    await addPills(form.getByRole('combobox', { name: 'Emails' }), ['grace@'])
    await expect(form.getByText('"grace@" must be an email address')).toBeVisible()
    await form.getByRole('button', { name: 'Create' }).click()
    await expect(form).toBeVisible()

    await form.getByRole('combobox', { name: 'Emails' }).press('Backspace')
    await expect(form.getByText('"grace@" must be an email address')).toBeHidden()
    await form.getByRole('button', { name: 'Create' }).click()
    await expect(page.getByRole('dialog', { name: 'Grace' })).toBeVisible()
    const api = await rapport.api()
    expect((await api.call('contacts.list', {})).map((c) => [c.firstName, c.emails])).toEqual([
      ['Ada', []],
      ['Grace', []],
    ])
  })
})

test.describe('deleting and archiving from the drawer', () => {
  test.beforeEach(async ({ rapport }) => {
    await addContacts(await rapport.api(), [
      { firstName: 'Ada', lastName: 'Lovelace', notes: 'Wrote the first program' },
      { firstName: 'Charles', lastName: 'Babbage' },
    ])
  })

  test('a deleted contact leaves the board, and Undo brings it back with its notes and place', async ({
    page,
    rapport,
  }) => {
    await openApp(page, rapport)
    const drawer = await openContactFromBoard(page, 'Ada Lovelace')
    await drawer.getByRole('button', { name: 'Delete' }).click()
    const confirm = page.getByRole('dialog', { name: 'Delete Ada Lovelace?' })
    await confirm.getByRole('button', { name: 'Delete contact' }).click()

    await expect(card(page, 'Ada Lovelace')).toHaveCount(0)
    const api = await rapport.api()
    await expect.poll(() => findByName(api, 'Ada Lovelace', { includeArchived: true })).toBeUndefined()

    await page
      .getByRole('alert')
      .filter({ hasText: 'Ada Lovelace is deleted.' })
      .getByRole('button', { name: 'Undo' })
      .click()
    await expect(card(page, 'Ada Lovelace')).toBeVisible()
    await expect(page.getByText('Ada Lovelace is restored.')).toBeVisible()
    expect(await findByName(api, 'Ada Lovelace')).toMatchObject({ notes: 'Wrote the first program' })
    expect((await api.call('contacts.list', {})).map((c) => c.firstName)).toEqual(['Ada', 'Charles'])
  })

  test('"Cancel" in the delete confirmation keeps the contact', async ({ page, rapport }) => {
    await openApp(page, rapport)
    const drawer = await openContactFromBoard(page, 'Ada Lovelace')
    await drawer.getByRole('button', { name: 'Delete' }).click()
    await page.getByRole('dialog', { name: 'Delete Ada Lovelace?' }).getByRole('button', { name: 'Cancel' }).click()

    await expect(page.getByRole('dialog', { name: 'Delete Ada Lovelace?' })).toBeHidden()
    await expect(drawer).toBeVisible()
    expect(await findByName(await rapport.api(), 'Ada Lovelace')).toBeDefined()
  })

  test('an archived contact leaves the board, and Undo brings it back', async ({ page, rapport }) => {
    await openApp(page, rapport)
    const drawer = await openContactFromBoard(page, 'Ada Lovelace')
    await drawer.getByRole('button', { name: 'Archive' }).click()

    await expect(card(page, 'Ada Lovelace')).toHaveCount(0)
    const api = await rapport.api()
    await expect
      .poll(async () => (await findByName(api, 'Ada Lovelace', { includeArchived: true }))?.archived)
      .toBe(true)
    await page
      .getByRole('alert')
      .filter({ hasText: 'Ada Lovelace is archived.' })
      .getByRole('button', { name: 'Undo' })
      .click()
    await expect(card(page, 'Ada Lovelace')).toBeVisible()
    expect((await findByName(api, 'Ada Lovelace'))?.archived).toBe(false)
  })

  test('Undo brings a deleted contact back to the first stage when its own stage was archived meanwhile', async ({
    page,
    rapport,
  }) => {
    const api = await rapport.api()
    await addContacts(api, [{ firstName: 'Grace', lastName: 'Hopper', stage: 'Reached out' }])
    await openApp(page, rapport)
    const drawer = await openContactFromBoard(page, 'Grace Hopper')
    await drawer.getByRole('button', { name: 'Delete' }).click()
    await page
      .getByRole('dialog', { name: 'Delete Grace Hopper?' })
      .getByRole('button', { name: 'Delete contact' })
      .click()
    await expect(card(page, 'Grace Hopper')).toHaveCount(0)
    const stages = await stagesByName(api)
    await api.call('stages.archive', { id: stages.get('Reached out')!.id, moveContactsTo: stages.get('Champion')!.id })
    await expect(page.getByTestId('board').getByRole('region', { name: 'Reached out' })).toHaveCount(0)

    await page
      .getByRole('alert')
      .filter({ hasText: 'Grace Hopper is deleted.' })
      .getByRole('button', { name: 'Undo' })
      .click()
    await expect(cardList(page, 'Connected').getByRole('button', { name: 'Grace Hopper' })).toBeVisible()
    expect(await namesInStage(api, 'Connected')).toEqual(['Ada Lovelace', 'Charles Babbage', 'Grace Hopper'])
  })
})
