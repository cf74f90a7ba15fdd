import fs from 'node:fs/promises'
import { RapportError } from '../../../shared/api/errors'

/** Creates the data folder (0700: it holds a person's whole network) and checks it can be written. */
export const prepareDataDir = async (dataDir: string): Promise<void> => {
  try {
    await fs.mkdir(dataDir, { recursive: true, mode: 0o700 })
  } catch (error) {
    throw new RapportError('unavailable', `Cannot create the data folder ${dataDir}: ${(error as Error).message}`)
  }
  const stat = await fs.stat(dataDir)
  if (!stat.isDirectory()) throw new RapportError('unavailable', `${dataDir} is not a folder.`)
  try {
    await fs.access(dataDir, fs.constants.W_OK | fs.constants.R_OK)
    // access() trusts mode bits, which root ignores; a real write proves it.
    const probe = `${dataDir}/.write-test-${process.pid}`
    await fs.writeFile(probe, '')
    await fs.rm(probe)
  } catch {
    throw new RapportError('unavailable', `The data folder ${dataDir} cannot be written. Check its permissions.`)
  }
}
