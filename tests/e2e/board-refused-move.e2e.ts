import type { Page } from '@playwright/test'
import { addContacts, findByName, stageIdOf } from './support/arrange'
import { card, cardList, cardNames } from './support/board'
import { expect, openApp, test } from './support/rapportFixture'

/** Waits two animation frames, so the board has measured and drawn what the last key did. */
const nextFrames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  )

/**
 * Holds the page's next `contacts.move` on its way to the core; everything else passes. `release` sends it on.
 */
const holdNextMove = async (page: Page) => {
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) =>
    page.routeWebSocket(/.*/, (ws) => {
      const server = ws.connectToServer()
      ws.onMessage((message) => {
        const call = typeof message === 'string' ? (JSON.parse(message) as { command?: string }) : {}
        if (call.command !== 'contacts.move') return server.send(message)
        release = () => server.send(message)
        resolve()
      })
    }),
  )
  return { held, release: () => release() }
}

test('a card whose move the core refuses goes back to its stage and keeps keyboard focus', async ({
  page,
  rapport,
}) => {
  const api = await rapport.api()
  await addContacts(api, [
    { firstName: 'Ada', lastName: 'Lovelace', stage: 'Connected' },
    { firstName: 'Charles', lastName: 'Babbage', stage: 'Connected' },
    { firstName: 'Grace', lastName: 'Hopper', stage: 'Reached out' },
    { firstName: 'Alan', lastName: 'Turing', stage: 'Reached out' },
  ])
  const move = await holdNextMove(page)
  await openApp(page, rapport)

  // Ada is carried by keyboard next to Grace and Alan: the move names one of them as her neighbour.
  await card(page, 'Ada Lovelace').focus()
  await page.keyboard.press('Space')
  await nextFrames(page)
  await page.keyboard.press('ArrowRight')
  await nextFrames(page)
  await page.keyboard.press('Space')
  await expect(cardList(page, 'Reached out').getByRole('button', { name: 'Ada Lovelace' })).toBeFocused()
  await move.held

  // Meanwhile another client moves both of them on, so the core refuses a move next to a card that has gone.
  const inConversation = await stageIdOf(api, 'In conversation')
  for (const name of ['Grace Hopper', 'Alan Turing']) {
    await api.call('contacts.move', { id: (await findByName(api, name))!.id, stageId: inConversation })
  }
  await expect.poll(() => cardNames(cardList(page, 'Reached out'))).toEqual(['Ada Lovelace'])
  move.release()

  await expect(page.getByText('Could not move Ada Lovelace')).toBeVisible()
  await expect.poll(() => cardNames(cardList(page, 'Connected'))).toEqual(['Ada Lovelace', 'Charles Babbage'])
  await expect(cardList(page, 'Connected').getByRole('button', { name: 'Ada Lovelace' })).toBeFocused()
})
