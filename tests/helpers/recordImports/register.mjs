// Loaded with `node --import`: records the URL of every module the process loads, one a line, in the file named by
// RAPPORT_RECORD_IMPORTS (see hooks.mjs).
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url, { data: { file: process.env.RAPPORT_RECORD_IMPORTS } })
