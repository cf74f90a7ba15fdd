import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import config from '../../playwright.config'

/** Chromium as the end-to-end tests launch it: the same executable, flags and viewport. */
export const launchBrowser = (): Promise<Browser> => chromium.launch({ ...config.use?.launchOptions, headless: true })

/** A fresh context (empty cache and storage) with the tests' viewport and the page probe installed. */
export const newProbedContext = async (browser: Browser, probeScript: string): Promise<BrowserContext> => {
  const context = await browser.newContext({ viewport: config.use?.viewport ?? { width: 1400, height: 860 } })
  await context.addInitScript({ content: probeScript })
  return context
}
