import fs from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { builtUiDir } from '../../electron/cli/builtUiDir'
import { newProbedContext } from './launchBrowser'
import { within } from './measureFirstPaint'
import { probeScript, type FirstPaintMarks } from './pageProbe'
import { bundleModules, summarizeCpuProfile, type CpuProfile, type ProfileSummary } from './summarizeCpuProfile'

/** Reads the built bundles once, to attribute samples to the modules they came from. */
const moduleLookup = async (): Promise<(url: string, line: number) => string> => {
  const assets = path.join(builtUiDir, 'assets')
  const lookups = new Map<string, (line: number) => string>()
  for (const file of await fs.readdir(assets)) {
    if (file.endsWith('.js')) lookups.set(file, bundleModules(await fs.readFile(path.join(assets, file), 'utf8')))
  }
  return (url, line) => {
    const file = url.split('/').pop() ?? ''
    return lookups.get(file)?.(line) ?? (file || '(native)')
  }
}

/**
 * One first paint with the page's CPU profiled from before the navigation to the painted frame
 * (Chrome DevTools Protocol, 100 µs sampling). Writes the `.cpuprofile` (open it in Chrome's
 * DevTools, Performance panel) and returns where the time went.
 */
export const profileFirstPaint = async (
  browser: Browser,
  uiUrl: string,
  file: string,
): Promise<{ marks: FirstPaintMarks; summary: ProfileSummary }> => {
  const context = await newProbedContext(browser, probeScript)
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await cdp.send('Profiler.start')
    await page.goto(uiUrl, { waitUntil: 'domcontentloaded' })
    const marks = (await within(
      120_000,
      'the first card',
      page.evaluate('window.__rapportProbe.firstPaint()'),
    )) as FirstPaintMarks
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }
    await fs.writeFile(file, JSON.stringify(profile))
    return { marks, summary: summarizeCpuProfile(profile, await moduleLookup()) }
  } finally {
    await context.close()
  }
}
