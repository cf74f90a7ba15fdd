/**
 * The device that already holds the vault, in its own process (`bench/syncBench.ts` starts it): a Repo on a copy of
 * the vault's storage with every document loaded, reachable over Noise and over WebSocket on 127.0.0.1. Answers
 * the parent over IPC: `pair` (accept a device key), `edit` (change one contact's company), `stop`.
 * Arguments: the copy's data folder, a folder to write each document's `Automerge.save` into (for the floor), the
 * device key (JSON), and `announce` or `no-announce` (the Repo offers its documents to a device as it connects, or
 * only answers requests).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import * as Automerge from '@automerge/automerge'
import { Repo, type AutomergeUrl, type DocHandle } from '@automerge/automerge-repo'
import { deviceIdOf } from '../electron/core/sync/deviceKeys'
import { serveSnapshots } from '../electron/core/sync/vaultSnapshots'
import { AtomicFileStorageAdapter } from '../electron/core/storage/AtomicFileStorageAdapter'
import type { ContactId } from '../shared/domain/ids'
import { updateContact } from '../shared/mutators/updateContact'
import type { WorkspaceDoc } from '../shared/schema/workspaceDoc'
import { emptyTally, keyPairFromHex, listenForDevices, type HexKeyPair } from './syncTransports'

/** What the source device tells the parent once it is listening. */
export type SourceReady = {
  type: 'ready'
  addresses: Awaited<ReturnType<typeof listenForDevices>>['addresses']
  workspaceUrl: string
  documents: Array<{ url: string; heads: string[]; savedBytes: number; ops: number }>
  contactId: string
  openMs: number
}

/** A message from the parent. */
export type SourceCommand =
  | { type: 'pair'; publicKey: string; joining?: boolean }
  | { type: 'edit'; company: string }
  | { type: 'heads' }
  | { type: 'metrics' }
  | { type: 'stop' }

const send = (message: unknown) => process.send!(message)

const [dataDir, savedDir, keysJson, announceArg] = process.argv.slice(2)
const keys = JSON.parse(keysJson) as HexKeyPair
const manifest = JSON.parse(await fs.readFile(path.join(dataDir, 'vault.json'), 'utf8')) as { workspaceUrl: string }

const opening = performance.now()
const paired = new Set<string>()
// Devices that have just paired (the bench leaves out the code and proofs): sent the vault's documents as saved
// bytes on their first connection, as the app's pairing channel does, then paired for the catch-up sync.
const joining = new Set<string>()
const tally = emptyTally()
const snapshotMetrics = { saveMs: 0 }
const listeners = await listenForDevices({
  keyPair: keyPairFromHex(keys),
  paired,
  tally,
  onUnpaired: async (channel) => {
    if (!joining.delete(channel.remoteDeviceId)) return false
    paired.add(channel.remoteDeviceId)
    await serveSnapshots(channel, () =>
      handles.map((handle) => ({
        documentId: handle.documentId,
        save: () => {
          const began = performance.now()
          const bytes = Automerge.save(handle.doc() as Automerge.Doc<unknown>)
          snapshotMetrics.saveMs += performance.now() - began
          return bytes
        },
      })),
    )
    return false
  },
})
const storage = new AtomicFileStorageAdapter(path.join(dataDir, 'automerge'))
// As the app shares with paired devices: every document is offered to a device as it connects (unless `no-announce`).
const announce = announceArg !== 'no-announce'
const repo = new Repo({ storage, network: listeners.adapters, sharePolicy: async () => announce })
// automerge-repo's own timings, summed until the parent asks (`metrics`).
const metrics = { generateMs: 0, receiveMs: 0 }
repo.on('doc-metrics', (event) => {
  if (event.type === 'generate-sync-message') metrics.generateMs += event.durationMillis
  else if (event.type === 'receive-sync-message') metrics.receiveMs += event.durationMillis
})
const workspace = await repo.find<WorkspaceDoc>(manifest.workspaceUrl as AutomergeUrl)
const logUrls = Object.values(workspace.doc().interactionLogs).flatMap((set) => Object.keys(set))
const logs = await Promise.all(logUrls.map((url) => repo.find(url as AutomergeUrl)))
const openMs = performance.now() - opening

const handles: DocHandle<unknown>[] = [workspace, ...logs]
await fs.mkdir(savedDir, { recursive: true })
const documents: SourceReady['documents'] = []
for (const handle of handles) {
  const saved = Automerge.save(handle.doc() as Automerge.Doc<unknown>)
  await fs.writeFile(path.join(savedDir, `${handle.documentId}.automerge`), saved)
  documents.push({
    url: handle.url,
    heads: handle.heads(),
    savedBytes: saved.byteLength,
    ops: Automerge.stats(handle.doc() as Automerge.Doc<unknown>).numOps,
  })
}

// The contact every edit changes: the first of the largest bucket, in a stable order.
const buckets = Object.entries(workspace.doc().buckets).sort(([a], [b]) => a.localeCompare(b))
const contactId = Object.keys(buckets[0][1]).sort()[0] as ContactId

const ready: SourceReady = {
  type: 'ready',
  addresses: listeners.addresses,
  workspaceUrl: workspace.url,
  documents,
  contactId,
  openMs,
}
send(ready)

process.on('message', (command: SourceCommand) => {
  if (command.type === 'pair') {
    const deviceId = deviceIdOf(Buffer.from(command.publicKey, 'hex'))
    if (command.joining) joining.add(deviceId)
    else paired.add(deviceId)
    send({ type: 'paired' })
  } else if (command.type === 'edit') {
    const at = performance.timeOrigin + performance.now()
    workspace.change((doc) =>
      updateContact(doc, { id: contactId, fields: { company: command.company }, now: Date.now() }),
    )
    send({ type: 'edited', at, changeMs: performance.timeOrigin + performance.now() - at, tally: { ...tally } })
  } else if (command.type === 'heads') {
    send({ type: 'heads', documents: handles.map((handle) => ({ url: handle.url, heads: handle.heads() })) })
  } else if (command.type === 'metrics') {
    send({ type: 'metrics', ...metrics, ...snapshotMetrics })
    metrics.generateMs = 0
    metrics.receiveMs = 0
    snapshotMetrics.saveMs = 0
  } else if (command.type === 'stop') {
    listeners.close()
    void repo.shutdown().finally(() => process.exit(0))
  }
})
