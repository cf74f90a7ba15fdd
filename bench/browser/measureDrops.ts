import type { Browser, Locator, Page } from 'playwright-core'
import { newProbedContext } from './launchBrowser'
import { within } from './measureFirstPaint'
import { probeScript, type DropMarks } from './pageProbe'

/** One measured drop: which card, from where to where, and the probe's marks. */
export type Drop = DropMarks & { from: string; to: string }

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const centre = async (locator: Locator): Promise<{ x: number; y: number }> => {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

const stageNames = (page: Page): Promise<string[]> =>
  page.evaluate(
    `[...document.querySelectorAll('[data-testid="board"] [role="list"]')].map((l) => l.getAttribute('aria-label'))`,
  ) as Promise<string[]>

/**
 * Drags the top card of `from` onto the second card of `to` (so it lands between the first two),
 * as a person would: press, move a little (the pointer sensor's activation distance), move to the
 * target in steps, then release. The probe is armed just before the release.
 */
const dropOnce = async (page: Page, from: string, to: string): Promise<Drop> => {
  const board = page.getByTestId('board')
  const source = board.getByRole('list', { name: from, exact: true }).locator('[data-contact-id]').first()
  const targetCards = board.getByRole('list', { name: to, exact: true }).locator('[data-contact-id]')
  const id = await source.getAttribute('data-contact-id')
  if (!id) throw new Error(`No card in ${from}`)
  const target =
    (await targetCards.count()) > 1
      ? targetCards.nth(1)
      : (await targetCards.count()) === 1
        ? targetCards.first()
        : board.getByRole('list', { name: to, exact: true })
  const start = await centre(source)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(start.x + 10, start.y + 10, { steps: 5 })
  const end = await centre(target)
  await page.mouse.move(end.x, end.y, { steps: 15 })
  await page.mouse.move(end.x, end.y + 1, { steps: 2 })
  const deltasBefore = (await page.evaluate('window.__rapportProbe.deltaCount()')) as number
  await page.evaluate(`window.__rapportProbe.armDrop(${JSON.stringify(id)}, ${JSON.stringify(to)})`)
  await page.mouse.up()
  const marks = (await within(
    30_000,
    `the card dropped in ${to}`,
    page.evaluate('window.__rapportProbe.dropResult()'),
  )) as DropMarks
  // Let the core confirm the move (its delta) and the page go quiet before the next drop.
  await within(
    60_000,
    'the delta of the move',
    (async () => {
      while (((await page.evaluate('window.__rapportProbe.deltaCount()')) as number) <= deltasBefore) await settle(50)
    })(),
  )
  await settle(300)
  return { ...marks, from, to }
}

/**
 * Opens the app once and drops `count` cards (after `warmup` unmeasured ones), each from one
 * column to the next, round the board.
 */
export const measureDrops = async (
  browser: Browser,
  uiUrl: string,
  { count, warmup, onProgress }: { count: number; warmup: number; onProgress: (message: string) => void },
): Promise<Drop[]> => {
  const context = await newProbedContext(browser, probeScript)
  try {
    const page = await context.newPage()
    await page.goto(uiUrl, { waitUntil: 'domcontentloaded' })
    await within(120_000, 'the first card', page.evaluate('window.__rapportProbe.firstPaint()'))
    await page.getByTestId('workspace-loading').waitFor({ state: 'detached', timeout: 120_000 })
    await settle(1000)
    const stages = await stageNames(page)
    const drops: Drop[] = []
    for (let i = 0; i < warmup + count; i++) {
      const from = stages[i % stages.length]
      const to = stages[(i + 1) % stages.length]
      const drop = await dropOnce(page, from, to)
      if (i < warmup) continue
      drops.push(drop)
      onProgress(`drop ${drops.length}/${count} ${from} → ${to}: ${(drop.frameAt - drop.upAt).toFixed(1)} ms`)
    }
    return drops
  } finally {
    await context.close()
  }
}
