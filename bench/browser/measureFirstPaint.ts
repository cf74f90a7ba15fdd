import type { Browser } from 'playwright-core'
import { newProbedContext } from './launchBrowser'
import { probeScript, type ChunkMarks, type FirstPaintMarks } from './pageProbe'

/** Waits for a promise, or fails after `ms` with a message saying what was awaited. */
export const within = <T>(ms: number, what: string, work: Promise<T>): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Opens the app in a fresh context (empty cache and storage) and returns the probe's marks: from
 * the navigation's start to the frame that paints the first card, and the steps in between.
 */
export const measureFirstPaint = async (browser: Browser, uiUrl: string): Promise<FirstPaintMarks> => {
  const context = await newProbedContext(browser, probeScript)
  try {
    const page = await context.newPage()
    await page.goto(uiUrl, { waitUntil: 'domcontentloaded' })
    const marks = await within(
      120_000,
      'the first card',
      page.evaluate('window.__rapportProbe.firstPaint()') as Promise<FirstPaintMarks>,
    )
    // A large vault's other contacts come after the first paint; the indicator goes when the last one is in.
    await page.getByTestId('workspace-loading').waitFor({ state: 'detached', timeout: 120_000 })
    return { ...marks, allLoaded: (await page.evaluate('window.__rapportProbe.chunkMarks()')) as ChunkMarks }
  } finally {
    await context.close()
  }
}

/** `runs` first paints, each in a fresh context, one after the other. */
export const measureFirstPaints = async (
  browser: Browser,
  uiUrl: string,
  { runs, onProgress }: { runs: number; onProgress: (message: string) => void },
): Promise<FirstPaintMarks[]> => {
  const marks: FirstPaintMarks[] = []
  for (let i = 0; i < runs; i++) {
    const m = await measureFirstPaint(browser, uiUrl)
    onProgress(`first paint ${i + 1}/${runs}: ${m.frameAt.toFixed(0)} ms`)
    marks.push(m)
  }
  return marks
}
