import { addContacts } from './support/arrange'
import { goToSection, openContactFromBoard } from './support/app'
import { card } from './support/board'
import { expect, openApp, test } from './support/rapportFixture'

test.describe('communities', () => {
  test('a community is created in the Communities section and listed with its kind and membership', async ({
    page,
    rapport,
  }) => {
    await openApp(page, rapport)
    await goToSection(page, 'Communities')

    await page.getByRole('button', { name: 'New community' }).click()
    const form = page.getByRole('dialog', { name: 'New community' })
    await form.getByRole('textbox', { name: 'Name' }).fill('Rust Berlin')
    await form.getByRole('combobox', { name: 'Kind' }).click()
    await page.getByRole('option', { name: 'Meetup', exact: true }).click()
    await form.getByRole('textbox', { name: 'Web address' }).fill('https://rust.berlin')
    await form.getByRole('checkbox', { name: 'I am a member' }).check()
    await form.getByRole('button', { name: 'Create' }).click()

    const row = page.getByRole('table', { name: 'Communities' }).getByRole('row', { name: /Rust Berlin/ })
    await expect(row).toContainText('Meetup')
    await expect(row).toContainText('Member')
    await expect(row.getByRole('link', { name: 'Open Rust Berlin’s page' })).toHaveAttribute(
      'href',
      'https://rust.berlin',
    )
    const api = await rapport.api()
    await expect
      .poll(async () => (await api.call('communities.list', {})).map((c) => [c.name, c.kind, c.member]))
      .toEqual([['Rust Berlin', 'meetup', true]])
  })

  test('a contact is added to a community from the drawer, shares it, and shows in the community as gone quiet', async ({
    page,
    rapport,
  }) => {
    const api = await rapport.api()
    const rust = await api.call('communities.create', { name: 'Rust Berlin', kind: 'meetup', member: true })
    const [ada] = await addContacts(api, [{ firstName: 'Ada', lastName: 'Lovelace' }])
    await openApp(page, rapport)

    const drawer = await openContactFromBoard(page, 'Ada Lovelace')
    const picker = drawer.getByRole('combobox', { name: 'Communities' })
    await picker.click()
    await picker.fill('rust')
    await page.getByRole('option', { name: 'Rust Berlin', exact: true }).click()
    await picker.fill('PyData')
    await page.getByRole('option', { name: 'Create “PyData”' }).click()

    await expect(drawer.getByRole('group', { name: 'Communities you share' })).toContainText('Rust Berlin')
    await expect(drawer.getByRole('group', { name: 'Communities you share' })).not.toContainText('PyData')
    await expect.poll(async () => (await api.call('contacts.get', { id: ada.id })).communities.length).toBe(2)
    expect((await api.call('contacts.get', { id: ada.id })).communities).toContain(rust.id)

    await drawer.getByRole('button', { name: 'Close' }).click()
    await drawer.waitFor({ state: 'detached' })
    await goToSection(page, 'Communities')
    await page.getByRole('button', { name: 'Rust Berlin', exact: true }).click()
    const members = page.getByRole('region', { name: 'Members of Rust Berlin' })
    const adaRow = members.getByRole('row', { name: /Ada Lovelace/ })
    await expect(adaRow).toContainText('Never')
    await expect(adaRow).toContainText('90+ days')
    await expect(members).toContainText('1 not talked to in 90+ days')
  })

  test('the board is filtered by a community, picked by its name', async ({ page, rapport }) => {
    const api = await rapport.api()
    const rust = await api.call('communities.create', { name: 'Rust Berlin' })
    await addContacts(api, [
      { firstName: 'Ada', lastName: 'Lovelace', communities: [rust.id] },
      { firstName: 'Grace', lastName: 'Hopper' },
    ])
    await openApp(page, rapport)
    await expect(card(page, 'Grace Hopper')).toBeVisible()

    await page.getByRole('combobox', { name: 'Filter by community' }).click()
    await page.getByRole('option', { name: 'Rust Berlin', exact: true }).click()

    await expect(card(page, 'Ada Lovelace')).toBeVisible()
    await expect(card(page, 'Grace Hopper')).toHaveCount(0)
  })
})
