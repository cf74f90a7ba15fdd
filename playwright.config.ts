import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

// The servers the browser tests start sync on loopback only, with no discovery (tests/helpers/spawnServe.ts too).
process.env.RAPPORT_DISCOVERY = 'off'
process.env.RAPPORT_SYNC_HOST = '127.0.0.1'

/** Debian's Chromium where it is installed; elsewhere Playwright's own (after `npx playwright install chromium`). */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path))

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  globalSetup: './tests/e2e/support/globalSetup.ts',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // One retry on CI only: the shared 2-core machines can stall a page mid-gesture; a retried pass is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1400, height: 860 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
})
