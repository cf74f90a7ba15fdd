import fs from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { RapportError } from '../../../shared/api/errors'
import { writeFileAtomic } from './writeFileAtomic'

const manifestSchema = z.object({
  format: z.literal('rapport.vault'),
  formatVersion: z.literal(1),
  workspaceUrl: z.string().startsWith('automerge:'),
  createdAt: z.number(),
  /**
   * Set while this vault is still arriving from the device it joined through (`pair.join`): the workspace may not be
   * on disk yet, and opening waits for it from that device. Removed once it has arrived.
   */
  joining: z.object({ deviceId: z.string().regex(/^[0-9a-f]{64}$/), since: z.number() }).optional(),
})

/** `vault.json`: which Automerge document is this vault's workspace. */
export type VaultManifest = z.infer<typeof manifestSchema>

const manifestFile = (dataDir: string) => path.join(dataDir, 'vault.json')

/** Reads the manifest; null when the vault is new. A damaged manifest is an error, never "new". */
export const readManifest = async (dataDir: string): Promise<VaultManifest | null> => {
  let text: string
  try {
    text = await fs.readFile(manifestFile(dataDir), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new RapportError('unavailable', `${manifestFile(dataDir)} is damaged (not JSON). Restore it from a backup.`)
  }
  const parsed = manifestSchema.safeParse(json)
  if (!parsed.success) {
    throw new RapportError('unavailable', `${manifestFile(dataDir)} is damaged or from an unknown version.`)
  }
  return parsed.data
}

/** Writes the manifest atomically. */
export const writeManifest = (dataDir: string, manifest: VaultManifest): Promise<void> =>
  writeFileAtomic(manifestFile(dataDir), `${JSON.stringify(manifest, null, 2)}\n`)
