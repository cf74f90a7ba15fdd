import { execFileSync } from 'node:child_process'
import path from 'node:path'

/** Builds the UI and the CLI once before the browser tests, so they always run against the current sources. */
export const globalSetup = (): void => {
  const root = path.resolve(import.meta.dirname, '../../..')
  execFileSync('npx', ['electron-vite', 'build', '--config', 'electron.config.ts'], { cwd: root, stdio: 'ignore' })
  execFileSync(process.execPath, ['scripts/buildCli.js'], { cwd: root, stdio: 'ignore' })
}

export default globalSetup
