import { expect, openApp, test } from './support/rapportFixture'

test('loads the app without a single failed request', async ({ page, rapport }) => {
  const failures: string[] = []
  page.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText}`))
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.url()}: ${response.status()}`)
  })
  await openApp(page, rapport)
  await page.reload()
  await page.getByRole('navigation', { name: 'Sections' }).waitFor()
  expect(failures).toEqual([])
})

test('has an icon, and the server has it', async ({ page, rapport }) => {
  await openApp(page, rapport)
  const href = await page.locator('link[rel="icon"]').evaluate((link: HTMLLinkElement) => link.href)
  const icon = await page.request.get(href)
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toBe('image/svg+xml')
  expect(await icon.text()).toContain('<svg')
})
