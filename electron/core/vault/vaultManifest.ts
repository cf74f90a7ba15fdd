import fs from 'node:fs/promises'
import path from 'node:path'
import { RapportError } from '../../../shared/api/errors'
import { writeFileAtomic } from './writeFileAtomic'

/** `vault.json`: which Automerge document is this vault's workspace. */
export type VaultManifest = {
  format: 'rapport.vault'
  formatVersion: 1
  workspaceUrl: string
  createdAt: number
  /**
   * Set while this vault is still arriving from the device it joined through (`pair.join`): the workspace may not be
   * on disk yet, and opening waits for it from that device. Removed once it has arrived.
   */
  joining?: { deviceId: string; since: number }
}

const isJoining = (value: unknown): value is VaultManifest['joining'] => {
  const joining = value as { deviceId?: unknown; since?: unknown } | null
  return (
    typeof joining === 'object' &&
    joining !== null &&
    typeof joining.deviceId === 'string' &&
    /^[0-9a-f]{64}$/.test(joining.deviceId) &&
    typeof joining.since === 'number'
  )
}

// Checked by hand rather than with zod: every command reads the manifest, and loading zod is a good part of a short
// command's start.
const isManifest = (value: unknown): value is VaultManifest => {
  const manifest = value as Partial<VaultManifest> | null
  return (
    typeof manifest === 'object' &&
    manifest !== null &&
    manifest.format === 'rapport.vault' &&
    manifest.formatVersion === 1 &&
    typeof manifest.workspaceUrl === 'string' &&
    manifest.workspaceUrl.startsWith('automerge:') &&
    typeof manifest.createdAt === 'number' &&
    (manifest.joining === undefined || isJoining(manifest.joining))
  )
}

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
  if (!isManifest(json)) {
    throw new RapportError('unavailable', `${manifestFile(dataDir)} is damaged or from an unknown version.`)
  }
  const { format, formatVersion, workspaceUrl, createdAt, joining } = json
  return joining
    ? { format, formatVersion, workspaceUrl, createdAt, joining: { deviceId: joining.deviceId, since: joining.since } }
    : { format, formatVersion, workspaceUrl, createdAt }
}

/** Writes the manifest atomically. */
export const writeManifest = (dataDir: string, manifest: VaultManifest): Promise<void> =>
  writeFileAtomic(manifestFile(dataDir), `${JSON.stringify(manifest, null, 2)}\n`)
