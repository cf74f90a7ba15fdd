/**
 * The floor of a first sync, in a fresh process like a receiving device: `Automerge.load` of every document's saved
 * bytes (the source's `Automerge.save`), one after the other. Prints one JSON line.
 * Argument: the folder of `<documentId>.automerge` files.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import * as Automerge from '@automerge/automerge'

const [savedDir, workspaceId] = process.argv.slice(2)
const files = (await fs.readdir(savedDir)).filter((name) => name.endsWith('.automerge'))
const bytes = await Promise.all(files.map(async (name) => new Uint8Array(await fs.readFile(path.join(savedDir, name)))))

let workspaceMs = 0
const began = performance.now()
files.forEach((name, i) => {
  const t = performance.now()
  Automerge.load(bytes[i])
  if (name.startsWith(workspaceId)) workspaceMs = performance.now() - t
})
const loadMs = performance.now() - began
process.stdout.write(`${JSON.stringify({ loadMs, workspaceMs, documents: files.length })}\n`)
