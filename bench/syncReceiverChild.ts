/**
 * A newly paired device, in its own process (`bench/syncBench.ts` starts one per first sync). Over Noise it joins as
 * the app does: asks the source for the vault's documents as saved bytes on a first connection (the pairing
 * channel), writes them into an empty vault storage folder, then opens a Repo on it and syncs what is newer over the
 * `NoiseNetworkAdapter`. Over WebSocket (the baseline): an empty in-memory Repo. Either way it asks for the workspace
 * and every interaction document by URL, and reports when it holds all of them with the source's heads. Then it stays connected and
 * reports, over IPC, each new company of the edited contact as its handle emits the change, and the bytes on its
 * socket when asked (`bytes`), until `stop`.
 * Argument: a JSON {@link ReceiverStart}.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Repo, type AutomergeUrl, type DocHandle } from '@automerge/automerge-repo'
import { AtomicFileStorageAdapter } from '../electron/core/storage/AtomicFileStorageAdapter'
import { connectSecure } from '../electron/core/sync/SecureChannel'
import { storeSnapshots } from '../electron/core/sync/storeSnapshots'
import { requestSnapshots } from '../electron/core/sync/vaultSnapshots'
import { contactBucketKey } from '../shared/schema/shardKey'
import type { WorkspaceDoc } from '../shared/schema/workspaceDoc'
import {
  dialSource,
  emptyTally,
  keyPairFromHex,
  watchDialledSockets,
  type HexKeyPair,
  type MessageTally,
  type SourceAddresses,
  type SyncTransport,
} from './syncTransports'

/** How the parent starts a receiving device. */
export type ReceiverStart = {
  transport: SyncTransport
  keys: HexKeyPair
  addresses: SourceAddresses
  workspaceUrl: string
  /** Each document's URL and the heads the source holds. */
  documents: Array<{ url: string; heads: string[] }>
  contactId: string
}

/** Bytes on the receiver's socket (both directions of the one connection) and the transport's message tally. */
export type ReceiverTraffic = { wireIn: number; wireOut: number; messages: MessageTally }

/** The first sync as the receiving device saw it. */
export type ReceiverSynced = {
  type: 'synced'
  /** From creating the Repo and dialling until every document is held with the source's heads. */
  fullSyncMs: number
  /** From dialling until the source is a peer (TCP, the Noise handshake and the hello; or the WebSocket join). */
  connectMs: number
  /** From dialling until the workspace document is held with the source's heads. */
  workspaceMs: number
  /** Noise: from dialling until every document's saved bytes arrived, and until they were written to storage. */
  snapshotMs: number
  storedMs: number
  snapshotDocuments: number
  traffic: ReceiverTraffic
  /** automerge-repo's own timings on this device: each `Automerge.receiveSyncMessage` of the workspace, in order. */
  workspaceReceivesMs: number[]
  /** The same, summed over the interaction documents, and every `generateSyncMessage` on this device. */
  interactionReceivesMs: number
  generateMs: number
}

const send = (message: unknown) => process.send!(message)
const start = JSON.parse(process.argv[2]) as ReceiverStart
const sockets = watchDialledSockets()
const tally = emptyTally()

const traffic = (): ReceiverTraffic => ({
  wireIn: sockets.reduce((n, s) => n + s.bytesRead, 0),
  wireOut: sockets.reduce((n, s) => n + s.bytesWritten, 0),
  messages: { ...tally },
})

const sameHeads = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join()

/** Resolves once the handle's heads are `heads` (they may arrive in several sync messages). */
const reachHeads = (handle: DocHandle<unknown>, heads: string[]): Promise<void> =>
  new Promise((resolve) => {
    if (sameHeads(handle.heads(), heads)) return resolve()
    const check = () => {
      if (!sameHeads(handle.heads(), heads)) return
      handle.off('heads-changed', check)
      resolve()
    }
    handle.on('heads-changed', check)
  })

const headsOf = new Map(start.documents.map((d) => [d.url, d.heads]))
const keyPair = keyPairFromHex(start.keys)
const vaultDir = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-bench-joined-'))
const began = performance.now()
let snapshotMs = 0
let storedMs = 0
let snapshotDocuments = 0
let storage: AtomicFileStorageAdapter | undefined
if (start.transport === 'noise') {
  const channel = await connectSecure(start.addresses.noise, keyPair)
  const received = await requestSnapshots(channel)
  channel.close()
  if (!received.complete) throw new Error('The vault arrived in part.')
  snapshotMs = performance.now() - began
  snapshotDocuments = received.snapshots.length
  await storeSnapshots(path.join(vaultDir, 'automerge'), received.snapshots)
  storedMs = performance.now() - began
  storage = new AtomicFileStorageAdapter(path.join(vaultDir, 'automerge'))
}
const { adapter, connect } = dialSource(start.transport, { keyPair, addresses: start.addresses, tally })
const repo = new Repo({ network: [adapter], ...(storage ? { storage } : {}) })
const workspaceId = start.workspaceUrl.replace(/^automerge:/, '')
const workspaceReceivesMs: number[] = []
let interactionReceivesMs = 0
let generateMs = 0
repo.on('doc-metrics', (event) => {
  if (event.type === 'receive-sync-message') {
    if (event.documentId === workspaceId) workspaceReceivesMs.push(event.durationMillis)
    else interactionReceivesMs += event.durationMillis
  } else if (event.type === 'generate-sync-message') generateMs += event.durationMillis
})
await connect()
const connectMs = performance.now() - began
const workspace = await repo.find<WorkspaceDoc>(start.workspaceUrl as AutomergeUrl)
await reachHeads(workspace, headsOf.get(start.workspaceUrl)!)
const workspaceMs = performance.now() - began
const logUrls = Object.values(workspace.doc().interactionLogs).flatMap((set) => Object.keys(set))
await Promise.all(
  logUrls.map(async (url) => {
    const handle = await repo.find(url as AutomergeUrl)
    await reachHeads(handle, headsOf.get(url) ?? [])
  }),
)
const fullSyncMs = performance.now() - began
if (logUrls.length !== start.documents.length - 1)
  throw new Error('The workspace lists other documents than the source.')
send({
  type: 'synced',
  fullSyncMs,
  connectMs,
  workspaceMs,
  snapshotMs,
  storedMs,
  snapshotDocuments,
  traffic: traffic(),
  workspaceReceivesMs,
  interactionReceivesMs,
  generateMs,
} satisfies ReceiverSynced)

const bucket = contactBucketKey(start.contactId)
let company = workspace.doc().buckets[bucket]?.[start.contactId]?.company?.toString()
workspace.on('change', ({ doc }) => {
  const now = doc.buckets[bucket]?.[start.contactId]?.company?.toString()
  if (now === company) return
  company = now
  send({ type: 'seen', company: now, at: performance.timeOrigin + performance.now() })
})

process.on('message', (command: { type: 'bytes' | 'stop' }) => {
  if (command.type === 'bytes') send({ type: 'bytes', traffic: traffic() })
  else {
    void repo
      .shutdown()
      .then(() => storage?.close())
      .then(() => fs.rm(vaultDir, { recursive: true, force: true }))
      .finally(() => process.exit(0))
  }
})
