// Module hooks that append each resolved module URL to a file (see register.mjs).
import fs from 'node:fs'

let file = ''

export const initialize = (data) => {
  file = data.file
}

export const resolve = async (specifier, context, nextResolve) => {
  const resolved = await nextResolve(specifier, context)
  if (file) fs.appendFileSync(file, `${resolved.url}\n`)
  return resolved
}
