import type { Page } from '@playwright/test'
import { addContacts, namesInStage } from './support/arrange'
import { goToSection } from './support/app'
import { card, cardList, cardNames, column, dragOnto } from './support/board'
import { expect, openApp, test } from './support/rapportFixture'

const count = (page: Page, stage: string) => column(page, stage).getByTestId('stage-count')

const chooseTag = async (page: Page, tag: string) => {
  await page.getByRole('combobox', { name: 'Filter by tag' }).click()
  await page.getByRole('option', { name: tag, exact: true }).click()
  await page.keyboard.press('Escape')
}

test.describe('filtering the board', () => {
  test.beforeEach(async ({ rapport }) => {
    await addContacts(await rapport.api(), [
      { firstName: 'Ada', lastName: 'Lovelace', company: 'Acme Computing', tags: ['maths'], stage: 'Connected' },
      {
        firstName: 'Charles',
        lastName: 'Babbage',
        company: 'Difference Engines',
        tags: ['investor'],
        stage: 'Connected',
      },
      { firstName: 'Mary', lastName: 'Somerville', company: 'Royal Society', tags: ['maths'], stage: 'Connected' },
      { firstName: 'Grace', lastName: 'Hopper', company: 'Acme Navy', tags: ['investor'], stage: 'Reached out' },
      { firstName: 'Alan', lastName: 'Turing', company: 'Bletchley Park', stage: 'In conversation' },
      { firstName: 'Joan', lastName: 'Clarke', company: 'Bletchley Park', tags: ['maths'], stage: 'Champion' },
    ])
  })

  test('search text narrows the cards of every column and says how many match', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await expect(page.getByTestId('board-summary')).toHaveText('6 contacts in 5 stages')
    await page.getByRole('textbox', { name: 'Search contacts' }).fill('acme')

    await expect(page.getByTestId('board-summary')).toHaveText('2 of 6 contacts match')
    await expect(count(page, 'Connected')).toHaveText('1 of 3 shown')
    await expect(count(page, 'Reached out')).toHaveText('1 of 1 shown')
    await expect(count(page, 'In conversation')).toHaveText('0 of 1 shown')
    await expect(column(page, 'In conversation').getByText('No matches')).toBeVisible()
    await expect.poll(() => cardNames(cardList(page, 'Connected'))).toEqual(['Ada Lovelace'])
    await expect.poll(() => cardNames(cardList(page, 'Reached out'))).toEqual(['Grace Hopper'])
  })

  test('every word searched must match, in any of the fields searched', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await page.keyboard.press('/')
    await expect(page.getByRole('textbox', { name: 'Search contacts' })).toBeFocused()
    await page.keyboard.type('bletchley maths')

    await expect(page.getByTestId('board-summary')).toHaveText('1 of 6 contacts match')
    await expect.poll(() => cardNames(cardList(page, 'Champion'))).toEqual(['Joan Clarke'])
    await expect.poll(() => cardNames(cardList(page, 'In conversation'))).toEqual([])
  })

  test('a tag filter shows the contacts with any of the tags chosen', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await chooseTag(page, 'investor')

    await expect(page.getByTestId('board-summary')).toHaveText('2 of 6 contacts match')
    await expect.poll(() => cardNames(cardList(page, 'Connected'))).toEqual(['Charles Babbage'])
    await expect.poll(() => cardNames(cardList(page, 'Reached out'))).toEqual(['Grace Hopper'])
    await expect(count(page, 'Champion')).toHaveText('0 of 1 shown')

    await chooseTag(page, 'maths')
    await expect(page.getByTestId('board-summary')).toHaveText('5 of 6 contacts match')
    await expect
      .poll(() => cardNames(cardList(page, 'Connected')))
      .toEqual(['Ada Lovelace', 'Charles Babbage', 'Mary Somerville'])
  })

  test('search and tags together narrow to what matches both, and the table follows the same filters', async ({
    page,
    rapport,
  }) => {
    await openApp(page, rapport)
    await chooseTag(page, 'maths')
    await page.getByRole('textbox', { name: 'Search contacts' }).fill('acme')

    await expect(page.getByTestId('board-summary')).toHaveText('1 of 6 contacts match')
    await goToSection(page, 'Contacts')
    const table = page.getByRole('table', { name: 'Contacts' })
    await expect(table.getByRole('row')).toHaveCount(2) // the header and Ada
    await expect(table.getByRole('row').nth(1)).toContainText('Ada Lovelace')
  })

  test('"Clear filters" brings every card back and empties the filters', async ({ page, rapport }) => {
    await openApp(page, rapport)
    await chooseTag(page, 'investor')
    await page.getByRole('textbox', { name: 'Search contacts' }).fill('hopper')
    await expect(page.getByTestId('board-summary')).toHaveText('1 of 6 contacts match')

    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect(page.getByTestId('board-summary')).toHaveText('6 contacts in 5 stages')
    await expect(count(page, 'Connected')).toHaveText('3 contacts')
    await expect(page.getByRole('textbox', { name: 'Search contacts' })).toHaveValue('')
    await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0)
    await expect
      .poll(() => cardNames(cardList(page, 'Connected')))
      .toEqual(['Ada Lovelace', 'Charles Babbage', 'Mary Somerville'])
    await expect(page.getByRole('search', { name: 'Filter contacts' }).getByText('investor')).toHaveCount(0)
  })

  test('a card dragged while the board is filtered lands next to the card it was dropped by', async ({
    page,
    rapport,
  }) => {
    await openApp(page, rapport)
    await chooseTag(page, 'maths')
    // Shown: Ada and Mary in Connected, Joan in Champion (Alan, without the tag, is hidden in In conversation).
    await dragOnto(page, card(page, 'Mary Somerville'), card(page, 'Joan Clarke'))

    await expect.poll(() => cardNames(cardList(page, 'Champion'))).toEqual(['Mary Somerville', 'Joan Clarke'])
    await expect(count(page, 'Champion')).toHaveText('2 of 2 shown')
    await expect
      .poll(async () => namesInStage(await rapport.api(), 'Champion'))
      .toEqual(['Mary Somerville', 'Joan Clarke'])
  })
})
