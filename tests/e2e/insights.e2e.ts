import { addContacts } from './support/arrange'
import { expect, openApp, test } from './support/rapportFixture'

const day = 86_400_000

test.describe('Insights', () => {
  test('the page draws its charts from the vault', async ({ page, rapport }) => {
    const api = await rapport.api()
    const people = await addContacts(api, [
      { firstName: 'Ada', stage: 'Champion' },
      { firstName: 'Grace' },
      { firstName: 'Alan', stage: 'In conversation' },
    ])
    for (const [i, p] of people.entries()) {
      await api.call('interactions.log', {
        contactId: p.id,
        type: i === 0 ? 'value' : 'call',
        occurredAt: Date.now() - i * 9 * day,
      })
    }
    await api.call('interactions.log', { contactId: people[1].id, type: 'call', occurredAt: Date.now() - 500 * day })
    await openApp(page, rapport)
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Insights' }).click()

    await expect(page.getByRole('listitem', { name: 'Contacts' })).toContainText('3')
    for (const name of ['Interactions per week', 'Contacts per stage', 'Value given over time']) {
      await expect(page.getByRole('region', { name }).locator('.recharts-surface').first()).toBeVisible()
    }
    await expect(page.getByRole('region', { name: 'Contacts per stage' })).toContainText('Champion')
  })
})
