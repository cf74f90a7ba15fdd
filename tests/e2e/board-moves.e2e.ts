import type { Page } from '@playwright/test'
import { addContacts, namesInStage } from './support/arrange'
import { card, cardList, cardNames, column, dragOnto } from './support/board'
import { expect, openApp, test } from './support/rapportFixture'

/** Waits two animation frames, so the board has measured and drawn what the last key did. */
const nextFrames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  )

test.describe('moving cards on the board', () => {
  test.beforeEach(async ({ rapport }) => {
    const api = await rapport.api()
    await addContacts(api, [
      { firstName: 'Ada', lastName: 'Lovelace', stage: 'Connected' },
      { firstName: 'Charles', lastName: 'Babbage', stage: 'Connected' },
      { firstName: 'Mary', lastName: 'Somerville', stage: 'Connected' },
      { firstName: 'Grace', lastName: 'Hopper', stage: 'Reached out' },
      { firstName: 'Alan', lastName: 'Turing', stage: 'Reached out' },
    ])
  })

  test('a card dragged onto another column lands there, where it was dropped, and the core stores it there', async ({
    page,
    rapport,
  }) => {
    await openApp(page, rapport)
    await dragOnto(page, card(page, 'Charles Babbage'), card(page, 'Alan Turing'))

    await expect(cardList(page, 'Reached out').getByRole('button', { name: 'Charles Babbage' })).toBeVisible()
    await expect
      .poll(() => cardNames(cardList(page, 'Reached out')))
      .toEqual(['Grace Hopper', 'Charles Babbage', 'Alan Turing'])
    await expect.poll(() => cardNames(cardList(page, 'Connected'))).toEqual(['Ada Lovelace', 'Mary Somerville'])
    const api = await rapport.api()
    await expect
      .poll(() => namesInStage(api, 'Reached out'))
      .toEqual(['Grace Hopper', 'Charles Babbage', 'Alan Turing'])
    expect(await namesInStage(api, 'Connected')).toEqual(['Ada Lovelace', 'Mary Somerville'])
  })

  test('a card dragged to the top of its own column is reordered there, and stays so after a reload', async ({
    page,
    rapport,
  }) => {
    await openApp(page, rapport)
    await dragOnto(page, card(page, 'Mary Somerville'), card(page, 'Ada Lovelace'))

    const connected = cardList(page, 'Connected')
    await expect.poll(() => cardNames(connected)).toEqual(['Mary Somerville', 'Ada Lovelace', 'Charles Babbage'])
    const api = await rapport.api()
    await expect
      .poll(() => namesInStage(api, 'Connected'))
      .toEqual(['Mary Somerville', 'Ada Lovelace', 'Charles Babbage'])

    await page.reload()
    await expect
      .poll(() => cardNames(cardList(page, 'Connected')))
      .toEqual(['Mary Somerville', 'Ada Lovelace', 'Charles Babbage'])
  })

  test('Alt+ArrowRight on a focused card moves it to the end of the next stage and keeps it focused', async ({
    page,
    rapport,
  }) => {
    await openApp(page, rapport)
    await card(page, 'Ada Lovelace').focus()
    await page.keyboard.press('Alt+ArrowRight')

    const moved = cardList(page, 'Reached out').getByRole('button', { name: 'Ada Lovelace' })
    await expect(moved).toBeFocused()
    await expect
      .poll(() => cardNames(cardList(page, 'Reached out')))
      .toEqual(['Grace Hopper', 'Alan Turing', 'Ada Lovelace'])
    const api = await rapport.api()
    await expect.poll(() => namesInStage(api, 'Reached out')).toEqual(['Grace Hopper', 'Alan Turing', 'Ada Lovelace'])

    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog', { name: 'Ada Lovelace' })).toBeVisible()
    await expect(
      page.getByRole('dialog', { name: 'Ada Lovelace' }).getByRole('combobox', { name: 'Stage' }),
    ).toHaveValue('Reached out')
  })

  test('the arrow keys move focus between cards, and Alt+ArrowLeft moves a card back a stage', async ({
    page,
    rapport,
  }) => {
    await openApp(page, rapport)
    await card(page, 'Ada Lovelace').focus()
    await page.keyboard.press('ArrowDown')
    await expect(card(page, 'Charles Babbage')).toBeFocused()
    await page.keyboard.press('ArrowRight')
    await expect(card(page, 'Alan Turing')).toBeFocused()

    await page.keyboard.press('Alt+ArrowLeft')
    await expect(cardList(page, 'Connected').getByRole('button', { name: 'Alan Turing' })).toBeFocused()
    const api = await rapport.api()
    await expect.poll(() => namesInStage(api, 'Reached out')).toEqual(['Grace Hopper'])
  })

  test('a card dropped on an empty column becomes its only card', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await dragOnto(page, card(page, 'Ada Lovelace'), cardList(page, 'Champion'))

    await expect.poll(() => cardNames(cardList(page, 'Champion'))).toEqual(['Ada Lovelace'])
    await expect(column(page, 'Champion').getByTestId('stage-count')).toHaveText('1 contact')
    await expect(column(page, 'Connected').getByTestId('stage-count')).toHaveText('2 contacts')
    await expect.poll(async () => namesInStage(await rapport.api(), 'Champion')).toEqual(['Ada Lovelace'])
  })

  test('a card dropped below the last card of a column goes to its end', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await dragOnto(page, card(page, 'Ada Lovelace'), cardList(page, 'Reached out'), {
      y: (list) => list.y + list.height - 20,
    })

    await expect
      .poll(() => cardNames(cardList(page, 'Reached out')))
      .toEqual(['Grace Hopper', 'Alan Turing', 'Ada Lovelace'])
    await expect
      .poll(async () => namesInStage(await rapport.api(), 'Reached out'))
      .toEqual(['Grace Hopper', 'Alan Turing', 'Ada Lovelace'])
  })

  test('Space picks a card up, the arrows carry it, and Space drops it where it is', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await card(page, 'Ada Lovelace').focus()
    await page.keyboard.press('Space')
    // Each key moves the dragged card from where the last one left it: let the board catch up first.
    await nextFrames(page)
    await page.keyboard.press('ArrowRight')
    await nextFrames(page)
    await page.keyboard.press('ArrowDown')
    await nextFrames(page)
    await page.keyboard.press('Space')

    await expect
      .poll(() => cardNames(cardList(page, 'Reached out')))
      .toEqual(['Grace Hopper', 'Ada Lovelace', 'Alan Turing'])
    await expect(card(page, 'Ada Lovelace')).toBeFocused()
    await expect
      .poll(async () => namesInStage(await rapport.api(), 'Reached out'))
      .toEqual(['Grace Hopper', 'Ada Lovelace', 'Alan Turing'])
  })

  test('Escape during a keyboard drag puts the card back', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await card(page, 'Ada Lovelace').focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Escape')

    await expect(cardList(page, 'Connected').getByRole('button', { name: 'Ada Lovelace' })).toBeFocused()
    await expect
      .poll(() => cardNames(cardList(page, 'Connected')))
      .toEqual(['Ada Lovelace', 'Charles Babbage', 'Mary Somerville'])
    expect(await namesInStage(await rapport.api(), 'Reached out')).toEqual(['Grace Hopper', 'Alan Turing'])
  })
})

test.describe('a long column', () => {
  test('End and Home reach cards that were not drawn yet, and a far card moves like any other', async ({
    page,
    rapport,
  }) => {
    const api = await rapport.api()
    const people = Array.from({ length: 120 }, (_, i) => ({
      firstName: 'Person',
      lastName: String(i + 1).padStart(3, '0'),
      stage: 'Connected',
    }))
    await addContacts(api, people)
    await openApp(page, rapport)
    // Columns draw only the cards in view: the last one is not in the page yet.
    await expect(card(page, 'Person 120')).toHaveCount(0)
    await card(page, 'Person 001').focus()

    await page.keyboard.press('End')
    await expect(card(page, 'Person 120')).toBeFocused()
    await page.keyboard.press('Alt+ArrowRight')
    await expect(cardList(page, 'Reached out').getByRole('button', { name: 'Person 120' })).toBeFocused()
    await expect(column(page, 'Connected').getByTestId('stage-count')).toHaveText('119 contacts')
    await page.keyboard.press('Alt+ArrowLeft')
    await expect(cardList(page, 'Connected').getByRole('button', { name: 'Person 120' })).toBeFocused()
    await page.keyboard.press('Home')
    await expect(card(page, 'Person 001')).toBeFocused()

    const connected = await namesInStage(api, 'Connected')
    expect(connected).toHaveLength(120)
    expect(connected.at(-1)).toBe('Person 120')
  })
})
