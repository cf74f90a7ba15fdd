import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Repo, type AutomergeUrl, type DocHandle, type PeerId } from '@automerge/automerge-repo'
import { AtomicFileStorageAdapter } from '../storage/AtomicFileStorageAdapter'
import { compactDocuments } from '../storage/compactDocuments'
import { RapportError } from '../../../shared/api/errors'
import type { StageId } from '../../../shared/domain'
import { initWorkspace } from '../../../shared/mutators/initWorkspace'
import { defaultStages } from '../../../shared/schema/defaultStages'
import { syncSecretLength } from '../../../shared/schema/migrateV2ToV3'
import { migrateWorkspace, needsMigration } from '../../../shared/schema/migrations'
import type { WorkspaceDoc } from '../../../shared/schema/workspaceDoc'
import { InteractionLogs } from '../workspace/InteractionLogs'
import { loadDocument } from '../workspace/loadDocument'
import { claimVault, VaultBusyError, type ClaimedVault } from './claimVault'
import type { VaultLock } from './vaultLock'
import { writeManifest } from './vaultManifest'

/** An open vault: its folder, the lock that makes this process its only writer, and its documents. */
export type Vault = {
  dataDir: string
  repo: Repo
  lock: VaultLock
  workspace: DocHandle<WorkspaceDoc>
  interactions: InteractionLogs
  /**
   * Saves and compacts the documents, runs `beforeRelease` (the documents still readable), then releases the lock
   * (or keeps it, with `keepLock`: the process reopens the folder on another workspace, see `joinVault`).
   */
  close: (beforeRelease?: () => Promise<void>, options?: { keepLock?: boolean }) => Promise<void>
}

/** How long opening waits for a joined vault's workspace to arrive from the device it joined through. */
export const defaultArrivalTimeoutMs = 60_000

/** Waits for a document that is not on disk yet to arrive from a connected device. */
const awaitArrival = async (
  repo: Repo,
  url: string,
  timeoutMs: number,
  onTimeout: () => Error,
): Promise<DocHandle<WorkspaceDoc>> => {
  const { handle } = repo.findWithProgress<WorkspaceDoc>(url as AutomergeUrl)
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      handle.whenReady(['ready']),
      new Promise((_, reject) => (timer = setTimeout(() => reject(onTimeout()), timeoutMs))),
    ])
  } finally {
    clearTimeout(timer)
  }
  return handle
}

export { VaultBusyError }

const storageIdKey = ['storage-adapter-id']

const isWorkspace = (doc: WorkspaceDoc | undefined): boolean =>
  !!doc && typeof doc.stages === 'object' && (doc.kind === 'rapport.workspace' || 'contacts' in doc)

/** True when the storage folder holds any document chunk. */
const storageHasDocuments = async (dir: string): Promise<boolean> => {
  const entries = (await fs.readdir(dir, { recursive: true }).catch(() => [])) as string[]
  return entries.some((entry) => /(^|[\\/])(snapshot|incremental)([\\/]|$)/.test(entry))
}

/**
 * Opens (or creates) the vault in a data folder: takes the single-writer lock (unless `claimed` holds it already),
 * loads the workspace and then its interaction history (`onHistoryLoading` is called between the two), and
 * migrates an older schema. Never opens a vault whose storage cannot be read as if it were empty.
 */
export const openVault = async (options: {
  dataDir: string
  now: () => number
  newId: () => string
  claimed?: ClaimedVault
  onHistoryLoading?: () => void
  /** The automerge-repo peer id this device syncs as (a sync peer's: see `peerIdOf`). */
  peerId?: PeerId
  /**
   * Connects the Repo to the network before the workspace loads (a sync peer): a vault still arriving from the
   * device it joined through (the manifest's `joining`) then waits for its documents, up to `arrivalTimeoutMs`.
   */
  network?: (repo: Repo, workspaceUrl: string) => Promise<void>
  arrivalTimeoutMs?: number
}): Promise<Vault> => {
  const { dataDir } = options
  const { lock, manifest } = options.claimed ?? (await claimVault(dataDir, options.now()))
  const storageDir = path.join(dataDir, 'automerge')
  const storage = new AtomicFileStorageAdapter(storageDir)
  try {
    // The Repo writes its storage id in the background on first use; writing it here first
    // means no write is still in flight when the vault closes.
    if (!(await storage.load(storageIdKey))) await storage.save(storageIdKey, new TextEncoder().encode(options.newId()))
  } catch (error) {
    await lock.release()
    throw error
  }
  const repo = new Repo({ storage, network: [], ...(options.peerId ? { peerId: options.peerId } : {}) })
  await repo.storageId()
  try {
    let workspace: DocHandle<WorkspaceDoc>
    if (manifest) {
      await options.network?.(repo, manifest.workspaceUrl)
      if (manifest.joining && options.network) {
        workspace = await awaitArrival(
          repo,
          manifest.workspaceUrl,
          options.arrivalTimeoutMs ?? defaultArrivalTimeoutMs,
          () =>
            new RapportError(
              'unavailable',
              'The vault has not arrived from the device this one joined through yet. Keep that device on and reachable, then start Rapport again: it goes on waiting for it.',
            ),
        )
        if (!isWorkspace(workspace.doc())) {
          throw new RapportError('unavailable', 'What arrived from the other device is not a Rapport workspace.')
        }
        const { joining: _joined, ...arrived } = manifest
        await writeManifest(dataDir, arrived)
      } else {
        workspace = await loadDocument<WorkspaceDoc>(repo, manifest.workspaceUrl, 'workspace', isWorkspace)
      }
      if (needsMigration(workspace.doc())) workspace.change((doc) => migrateWorkspace(doc, { randomBytes }))
    } else {
      if (await storageHasDocuments(storageDir)) {
        throw new RapportError(
          'unavailable',
          `${dataDir} holds Rapport data but its vault.json is missing. Restore vault.json from a backup, or move the folder away to start a new vault.`,
        )
      }
      workspace = repo.create<WorkspaceDoc>()
      const stageIds = defaultStages.map(() => options.newId() as StageId)
      const syncSecret = randomBytes(syncSecretLength).toString('hex')
      workspace.change((doc) => initWorkspace(doc, { now: options.now(), stageIds, syncSecret }))
      await repo.flush()
      await writeManifest(dataDir, {
        format: 'rapport.vault',
        formatVersion: 1,
        workspaceUrl: workspace.url,
        createdAt: options.now(),
      })
      await options.network?.(repo, workspace.url)
    }
    options.onHistoryLoading?.()
    const interactions = await InteractionLogs.open(repo, workspace.doc(), { remote: !!options.network })
    const close = async (beforeRelease?: () => Promise<void>, closeOptions: { keepLock?: boolean } = {}) => {
      await repo.shutdown()
      await compactDocuments(storage, [workspace, ...interactions.handlesInUse()])
      await storage.close()
      try {
        await beforeRelease?.()
      } finally {
        if (!closeOptions.keepLock) await lock.release()
      }
    }
    return { dataDir, repo, lock, workspace, interactions, close }
  } catch (error) {
    await repo.shutdown().catch(() => undefined)
    await storage.close()
    await lock.release()
    throw error
  }
}
