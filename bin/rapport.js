#!/usr/bin/env node
// The `rapport` command. Runs the built CLI (out/cli/rapport.mjs, made by `npm run build` and on install) when it is
// up to date with its sources; otherwise, or with RAPPORT_CLI_SOURCE=1, the TypeScript sources through tsx.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { builtCliEntry } from './builtCli.js'

const built = builtCliEntry(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'))
if (built) {
  await import(built)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import('../electron/cli/main.ts')
}
