import { addContacts, stageIdOf } from './support/arrange'
import { expect, openApp, test } from './support/rapportFixture'

const day = 86_400_000

test('the drawer tells the stage’s default cadence, and deletes an interaction with Undo', async ({
  page,
  rapport,
}) => {
  const api = await rapport.api()
  await api.call('stages.setCadence', { id: await stageIdOf(api, 'Connected'), cadenceDays: 30 })
  const [ada] = await addContacts(api, [{ firstName: 'Ada', lastName: 'Lovelace' }])
  await api.call('interactions.log', {
    contactId: ada.id,
    type: 'call',
    occurredAt: Date.now() - 40 * day,
    summary: 'Talked about the engine',
  })
  await openApp(page, rapport)
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'This week' }).click()
  await page.getByRole('button', { name: 'Open Ada Lovelace' }).click()
  const drawer = page.getByRole('dialog', { name: 'Ada Lovelace' })

  await expect(drawer.getByText('Uses the stage’s default: monthly')).toBeVisible()
  await drawer.getByRole('button', { name: 'Delete Call' }).click()
  await expect(drawer.getByText('Talked about the engine')).toBeHidden()
  await expect.poll(async () => (await api.call('interactions.list', { contactId: ada.id })).length).toBe(0)

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(drawer.getByText('Talked about the engine')).toBeVisible()
  await expect.poll(async () => (await api.call('interactions.list', { contactId: ada.id })).length).toBe(1)
})
