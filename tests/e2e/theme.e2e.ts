import type { Page, TestInfo } from '@playwright/test'
import { addContacts, type ContactSpec } from './support/arrange'
import { reloadApp } from './support/app'
import { column } from './support/board'
import { expect, openApp, test } from './support/rapportFixture'

const firstNames = ['Ada', 'Grace', 'Alan', 'Mary', 'Joan', 'Tim', 'Hedy', 'Linus', 'Radia', 'Ken']
const lastNames = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Somerville',
  'Clarke',
  'Lee',
  'Lamarr',
  'Torvalds',
  'Perlman',
  'Thompson',
]
const companies = ['Analytical Engines', 'Bletchley Park', 'Acme', 'Northwind', 'Globex', 'Initech', 'Hooli']
const positions = ['Founder', 'Engineering Manager', 'Product Designer', 'Investor', 'Staff Engineer', 'Recruiter']
const tagSets = [['maths'], ['investor', 'fintech'], [], ['design', 'mentor', 'remote', 'speaker'], ['hiring'], []]
/** 40 cards over the five default stages, most of them early on, as in a real network. */
const stagePlan: Array<[string, number]> = [
  ['Connected', 16],
  ['Reached out', 10],
  ['In conversation', 7],
  ['Collaborating', 4],
  ['Champion', 3],
]

const fortyContacts = (): ContactSpec[] =>
  stagePlan.flatMap(([stage, count], s) =>
    Array.from({ length: count }, (_, i) => {
      const n = s * 16 + i
      return {
        firstName: firstNames[n % firstNames.length],
        lastName: lastNames[(n * 3 + s) % lastNames.length],
        company: companies[n % companies.length],
        position: positions[(n + s) % positions.length],
        tags: tagSets[n % tagSets.length],
        stage,
      }
    }),
  )

const chooseScheme = (page: Page, scheme: 'Auto' | 'Light' | 'Dark') =>
  page.getByRole('radiogroup', { name: 'Colour scheme' }).getByText(scheme, { exact: true }).click()

const saveBoardScreenshot = async (page: Page, testInfo: TestInfo, name: string) => {
  const path = testInfo.outputPath(`${name}.png`)
  await page.screenshot({ path, animations: 'disabled' })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}

test('the board switches to dark and to light, and both are saved as screenshots', async ({
  page,
  rapport,
}, testInfo) => {
  await addContacts(await rapport.api(), fortyContacts())
  await openApp(page, rapport)
  await expect(page.getByTestId('board-summary')).toHaveText('40 contacts in 5 stages')
  await expect(column(page, 'Connected').getByTestId('stage-count')).toHaveText('16 contacts')
  const html = page.locator('html')

  await chooseScheme(page, 'Dark')
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await expect(page.locator('body')).not.toHaveCSS('background-color', 'rgb(255, 255, 255)')
  await saveBoardScreenshot(page, testInfo, 'board-dark')

  await chooseScheme(page, 'Light')
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked()
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light')
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)')
  await saveBoardScreenshot(page, testInfo, 'board-light')
})

test('the colour scheme chosen is remembered after a reload', async ({ page, rapport }) => {
  await openApp(page, rapport)
  await chooseScheme(page, 'Dark')
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')

  await reloadApp(page)
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
})
