import { execFileSync } from 'node:child_process'
import path from 'node:path'

/**
 * Builds the CLI before the integration tests, so the tests that run the real `rapport` command run the bundle
 * built from the current sources (bin/rapport.js would fall back to the slower sources if it were stale).
 */
export const setup = (): void => {
  const root = path.resolve(import.meta.dirname, '../../..')
  execFileSync(process.execPath, ['scripts/buildCli.js'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
}
