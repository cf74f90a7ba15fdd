import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'

/** Writes a file so that a reader sees the old content or the new, never half of either. */
export const writeFileAtomic = async (file: string, content: string, mode = 0o600): Promise<void> => {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`
  const handle = await fs.open(temp, 'w', mode)
  try {
    await handle.writeFile(content)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await fs.rename(temp, file)
}
