import { expect, openApp, test } from './support/rapportFixture'

test('refuses to work without the token in the address', async ({ page, rapport }) => {
  await page.goto(rapport.uiUrl.replace(/#.*$/, ''))
  await expect(page.getByRole('alert')).toContainText('including its token')
  await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0)
})

test('refuses to work with a wrong token', async ({ page, rapport }) => {
  await page.goto(rapport.uiUrl.replace(/#token=.*/, '#token=wrong'))
  await expect(page.getByRole('alert')).toContainText('not connected')
})

test('shows the workspace when opened with its token', async ({ page, rapport }) => {
  await openApp(page, rapport)
  await expect(page.getByRole('button', { name: 'New contact' })).toBeEnabled()
  await expect(page.getByText('Connected', { exact: true }).first()).toBeVisible()
})
