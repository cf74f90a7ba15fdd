import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Moves this data folder's vault (its `vault.json` and documents) aside, renamed with `-before-join-<time>`, never
 * deleted; the read-model cache, derived from it, goes. Answers the names it was moved to.
 */
export const setVaultAside = async (dataDir: string, now: number): Promise<string[]> => {
  const suffix = `before-join-${new Date(now).toISOString().replace(/[:.]/g, '-')}`
  const moved: string[] = []
  for (const name of ['vault.json', 'automerge']) {
    const from = path.join(dataDir, name)
    const to = path.join(dataDir, `${name}.${suffix}`)
    try {
      await fs.rename(from, to)
      moved.push(to)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  await fs.rm(path.join(dataDir, 'read-model.json'), { force: true })
  return moved
}
