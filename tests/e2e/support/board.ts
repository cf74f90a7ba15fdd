import type { Locator, Page } from '@playwright/test'

/** A stage's column on the board: its header, count and list. */
export const column = (page: Page, stage: string): Locator =>
  page.getByTestId('board').getByRole('region', { name: stage, exact: true })

/** A stage's list of cards. */
export const cardList = (page: Page, stage: string): Locator =>
  column(page, stage).getByRole('list', { name: stage, exact: true })

/** A card on the board, anywhere, by the contact's name. */
export const card = (page: Page, name: string): Locator =>
  page.getByTestId('board').getByRole('button', { name, exact: true })

/** The names of the cards a list has in the page, top to bottom (columns draw only what is in view). */
export const cardNames = (list: Locator): Promise<string[]> =>
  list.locator('[data-contact-id]').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label') ?? ''))

/**
 * Drags a card (or a stage by its grip) with the mouse and drops it on `target`'s centre, or at
 * the height `y` gives. The pointer sensor starts a drag only after a few pixels, so the pointer
 * moves in steps, as a hand would.
 */
export const dragOnto = async (
  page: Page,
  source: Locator,
  target: Locator,
  { y }: { y?: (box: { y: number; height: number }) => number } = {},
): Promise<void> => {
  const from = await source.boundingBox()
  if (!from) throw new Error('The card to drag is not on screen')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 })
  const to = await target.boundingBox()
  if (!to) throw new Error('The drop target is not on screen')
  const toY = y ? y(to) : to.y + to.height / 2
  await page.mouse.move(to.x + to.width / 2, toY, { steps: 15 })
  // One more small step on the spot: the drop slot follows the last move event.
  await page.mouse.move(to.x + to.width / 2, toY + 1, { steps: 2 })
  await page.mouse.up()
}
