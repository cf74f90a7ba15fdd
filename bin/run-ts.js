#!/usr/bin/env node
// Runs a TypeScript entry point of this repository (benchmarks, scripts) through tsx.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { register } from 'tsx/esm/api'

register()
const entry = process.argv[2]
if (!entry) {
  console.error('usage: run-ts.js FILE.ts [args...]')
  process.exit(2)
}
process.argv.splice(2, 1)
await import(pathToFileURL(path.resolve(entry)).href)
