import { addContacts } from './support/arrange'
import { expect, openApp, test } from './support/rapportFixture'

test.describe('Goals', () => {
  test('a goal of 3 a week, created on the page, is met by three interactions and shows its streak', async ({
    page,
    rapport,
  }) => {
    const api = await rapport.api()
    const people = await addContacts(api, [{ firstName: 'Ada' }, { firstName: 'Grace' }, { firstName: 'Alan' }])
    await openApp(page, rapport)
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Goals' }).click()

    await page.getByRole('button', { name: 'New goal' }).click()
    const form = page.getByRole('dialog', { name: 'New goal' })
    await form.getByRole('textbox', { name: 'Target' }).fill('3')
    await form.getByRole('button', { name: 'Create goal' }).click()
    await expect(form).toBeHidden()

    const card = page.getByRole('article', { name: '3 people a week' })
    await expect(card.getByTestId('goal-progress')).toHaveText('0 of 3 this week')

    for (const p of people)
      await api.call('interactions.log', { contactId: p.id, type: 'message', occurredAt: Date.now() })
    await expect(card.getByTestId('goal-progress')).toHaveText('3 of 3 this week · streak 1 week')
    await expect(card.getByText('Met')).toBeVisible()
  })
})
