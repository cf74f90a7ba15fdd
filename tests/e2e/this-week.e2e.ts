import { addContacts } from './support/arrange'
import { expect, openApp, test } from './support/rapportFixture'

const day = 86_400_000

test.describe('This week', () => {
  test('a contact logged from the drawer leaves the queue, and the goal counts it', async ({ page, rapport }) => {
    const api = await rapport.api()
    const [ada] = await addContacts(api, [
      { firstName: 'Ada', lastName: 'Lovelace', company: 'Engines', cadenceDays: 7 },
    ])
    await api.call('interactions.log', { contactId: ada.id, type: 'call', occurredAt: Date.now() - 12 * day })
    await api.call('goals.create', {
      title: '3 people a week',
      target: 3,
      period: 'week',
      interactionTypes: [],
      distinctContacts: true,
      stageIds: [],
      tags: [],
    })
    await openApp(page, rapport)
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'This week' }).click()

    const row = page.getByRole('listitem', { name: 'Ada Lovelace' })
    await expect(row).toContainText('Overdue by')
    await expect(page.getByLabel('Goal progress')).toContainText('0 of 3 this week')

    await row.getByRole('button', { name: 'Open Ada Lovelace' }).click()
    const drawer = page.getByRole('dialog', { name: 'Ada Lovelace' })
    await drawer.getByRole('textbox', { name: 'Summary' }).fill('Caught up on the engine')
    await drawer.getByRole('button', { name: 'Log interaction' }).click()
    await expect(drawer.getByText('Caught up on the engine')).toBeVisible()
    await page.keyboard.press('Escape')

    await expect(page.getByRole('listitem', { name: 'Ada Lovelace' })).toBeHidden()
    await expect(page.getByLabel('Goal progress')).toContainText('1 of 3 this week')
  })

  test('once every goal is met, the list says so instead of asking for more', async ({ page, rapport }) => {
    const api = await rapport.api()
    const [ada, grace] = await addContacts(api, [
      { firstName: 'Ada', lastName: 'Lovelace' },
      { firstName: 'Grace', lastName: 'Hopper', cadenceDays: 14 },
    ])
    await api.call('interactions.log', { contactId: grace.id, type: 'message', occurredAt: Date.now() - 30 * day })
    await api.call('interactions.log', { contactId: ada.id, type: 'call', occurredAt: Date.now() })
    await api.call('goals.create', {
      title: 'One a week',
      target: 1,
      period: 'week',
      interactionTypes: [],
      distinctContacts: false,
      stageIds: [],
      tags: [],
    })
    await openApp(page, rapport)
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'This week' }).click()

    const first = page.getByRole('region', { name: 'First this week' })
    await expect(first).toContainText('Goals met this week: these are still worth a message')
    await expect(first.getByRole('listitem', { name: 'Grace Hopper' })).toBeVisible()
    await expect(page.getByText('To meet your goals this week')).toBeHidden()
    await expect(page.getByRole('region', { name: 'Also due' })).toBeHidden()
  })

  test('a contact snoozed from the queue leaves it, and Undo brings it back', async ({ page, rapport }) => {
    const api = await rapport.api()
    const [grace] = await addContacts(api, [{ firstName: 'Grace', lastName: 'Hopper', cadenceDays: 14 }])
    await api.call('interactions.log', { contactId: grace.id, type: 'message', occurredAt: Date.now() - 30 * day })
    await openApp(page, rapport)
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'This week' }).click()

    const row = page.getByRole('listitem', { name: 'Grace Hopper' })
    await row.getByRole('button', { name: 'Snooze Grace Hopper' }).click()
    await page.getByRole('menuitem', { name: '1 week' }).click()
    await expect(row).toBeHidden()
    await expect
      .poll(async () => (await api.call('contacts.get', { id: grace.id })).snoozedUntil)
      .toBeGreaterThan(Date.now() + 6 * day)

    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(page.getByRole('listitem', { name: 'Grace Hopper' })).toBeVisible()
  })

  test('keys move through the queue and dismiss the selected row', async ({ page, rapport }) => {
    const api = await rapport.api()
    const people = await addContacts(api, [
      { firstName: 'Alan', lastName: 'Turing', cadenceDays: 7 },
      { firstName: 'Edsger', lastName: 'Dijkstra', cadenceDays: 7 },
    ])
    for (const [i, p] of people.entries()) {
      await api.call('interactions.log', {
        contactId: p.id,
        type: 'call',
        occurredAt: Date.now() - (40 - i * 10) * day,
      })
    }
    await openApp(page, rapport)
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'This week' }).click()
    await expect(page.getByRole('listitem', { name: 'Alan Turing' })).toBeVisible()

    await page.keyboard.press('j')
    await expect(page.getByRole('listitem', { name: 'Edsger Dijkstra' })).toBeFocused()
    await page.keyboard.press('d')
    await expect(page.getByRole('listitem', { name: 'Edsger Dijkstra' })).toBeHidden()
    await expect(page.getByRole('listitem', { name: 'Alan Turing' })).toBeVisible()
  })

  test('c opens the selected row’s cadence menu, and the help lists This week’s keys', async ({ page, rapport }) => {
    const api = await rapport.api()
    const [alan] = await addContacts(api, [{ firstName: 'Alan', lastName: 'Turing', cadenceDays: 7 }])
    await api.call('interactions.log', { contactId: alan.id, type: 'call', occurredAt: Date.now() - 40 * day })
    await openApp(page, rapport)
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'This week' }).click()
    await expect(page.getByRole('listitem', { name: 'Alan Turing' })).toBeVisible()

    await page.keyboard.press('c')
    await page.getByRole('menuitem', { name: 'Monthly' }).click()
    await expect.poll(async () => (await api.call('contacts.get', { id: alan.id })).cadenceDays).toBe(30)

    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('region', { name: 'This week' })
    await expect(help).toContainText('Set the cadence')
    await expect(help).toContainText('Dismiss until the week ends')
  })
})
