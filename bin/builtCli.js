// Decides whether `rapport` runs the built CLI (out/cli/, see scripts/buildCli.js) or its TypeScript sources.
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * The file URL of the built CLI when it may run: it exists, RAPPORT_CLI_SOURCE is not set, and none of the source
 * files it was built from has changed (or gone) since its build started. Otherwise null: run the sources.
 * @param {string} root the project folder
 * @param {NodeJS.ProcessEnv} env
 * @returns {string | null}
 */
export const builtCliEntry = (root, env = process.env) => {
  if (env.RAPPORT_CLI_SOURCE === '1') return null
  const outDir = path.join(root, 'out/cli')
  let manifest
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'build.json'), 'utf8'))
  } catch {
    return null
  }
  const { builtAt, entry, inputs } = manifest
  if (typeof builtAt !== 'number' || typeof entry !== 'string' || !Array.isArray(inputs)) return null
  for (const input of [...inputs, 'out/cli/' + entry]) {
    const stat = fs.statSync(path.join(root, input), { throwIfNoEntry: false })
    if (!stat || (input !== 'out/cli/' + entry && stat.mtimeMs > builtAt)) return null
  }
  return pathToFileURL(path.join(outDir, entry)).href
}
