import type { Locator, Page } from '@playwright/test'
import { card } from './board'

/** Reloads the page and waits until the workspace is on screen again. */
export const reloadApp = async (page: Page): Promise<void> => {
  await page.reload()
  await page.getByRole('navigation', { name: 'Sections' }).waitFor()
  await page.getByLabel('Loading your workspace').waitFor({ state: 'detached' })
}

/** Opens a contact's drawer from its card on the board. */
export const openContactFromBoard = async (page: Page, name: string): Promise<Locator> => {
  await card(page, name).click()
  const drawer = page.getByRole('dialog', { name })
  await drawer.waitFor()
  return drawer
}

/** Picks an option of a Mantine select (its options live in a portal, outside the drawer). */
export const chooseOption = async (page: Page, select: Locator, option: string): Promise<void> => {
  await select.click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

/** Adds entries to a pills field (emails, tags...): type each, then Enter. */
export const addPills = async (field: Locator, values: string[]): Promise<void> => {
  await field.click()
  for (const value of values) {
    await field.fill(value)
    await field.press('Enter')
  }
}

/** Goes to a section of the app. */
export const goToSection = async (
  page: Page,
  section: 'Board' | 'Contacts' | 'Communities' | 'Devices',
): Promise<void> => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: section }).click()
}
