import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'

const made: string[] = []

/** A fresh, empty folder for one test's vault, removed after the test. */
export const tempDataDir = async (): Promise<string> => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-test-'))
  made.push(dir)
  return path.join(dir, 'vault')
}

afterEach(async () => {
  for (const dir of made.splice(0)) await fs.rm(dir, { recursive: true, force: true })
})
