import fs from 'node:fs'
import path from 'node:path'
import { CliError } from './CliError'

/** Where `npm run build` puts the renderer. */
export const builtUiDir = path.resolve(import.meta.dirname, '../../out/renderer')

/** The built UI's folder, or a clear error saying how to build it. */
export const requireBuiltUi = (dir = builtUiDir): string => {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new CliError(`The UI is not built (${dir} has no index.html). Run \`npm run build\` first.`)
  }
  return dir
}
