import { isValidDocumentId, type DocumentId } from '@automerge/automerge-repo'
import type { PairingChannel } from './pairingChannel'

/** One document of the vault as its compacted bytes (`Automerge.save`). */
export type VaultSnapshot = { documentId: DocumentId; data: Uint8Array }

/** A document the host can send: its id, and its bytes saved at the moment it is sent. */
export type SnapshotSource = { documentId: DocumentId; save: () => Uint8Array }

/** What a joining device received: the documents whose bytes arrived whole, and whether the host sent them all. */
export type ReceivedSnapshots = { snapshots: VaultSnapshot[]; complete: boolean }

/** The most a joining device accepts: documents, and bytes in all. */
export const snapshotLimits = { maxDocuments: 10_000, maxTotalBytes: 2 * 1024 * 1024 * 1024 }

/** How long the host waits for a just-paired device to ask for the vault, and the device for each document. */
export const snapshotTimeoutMs = 60_000

/**
 * Answers a device that has just paired on this channel: when its next message asks for the vault
 * (`snapshot-request`), sends each of `documents` as one `snapshot` message (saved as it goes, so a change made
 * meanwhile is either in it or arrives by sync afterwards), then `snapshot-end`. Resolves with the number sent:
 * 0 when the device asked for nothing (closed the channel, or sent something else, within `timeoutMs`).
 * Call it only once the device is paired: the channel's pairing is the only check made.
 */
export const serveSnapshots = async (
  channel: PairingChannel,
  documents: () => SnapshotSource[],
  options: { timeoutMs?: number } = {},
): Promise<number> => {
  const request = await channel.receive(options.timeoutMs ?? snapshotTimeoutMs).catch(() => null)
  if (request?.type !== 'snapshot-request') return 0
  let sent = 0
  for (const source of documents()) {
    channel.send({ type: 'snapshot', documentId: source.documentId, data: source.save() })
    sent++
    // Each save is a long synchronous call on a large document: let the channel write in between.
    await new Promise((resolve) => setImmediate(resolve))
  }
  channel.send({ type: 'snapshot-end', count: sent })
  return sent
}

/**
 * Asks the device this one has just paired with for the vault's documents as saved bytes, over the pairing
 * channel, and collects them until the host says it sent them all. A cut, slow or malformed transfer ends early
 * with the documents that arrived whole (`complete` false): the rest then arrives by sync.
 */
export const requestSnapshots = async (
  channel: PairingChannel,
  options: { timeoutMs?: number } = {},
): Promise<ReceivedSnapshots> => {
  const snapshots: VaultSnapshot[] = []
  const seen = new Set<string>()
  let total = 0
  channel.send({ type: 'snapshot-request' })
  for (;;) {
    const message = await channel.receive(options.timeoutMs ?? snapshotTimeoutMs).catch(() => null)
    if (!message) return { snapshots, complete: false }
    if (message.type === 'snapshot-end') return { snapshots, complete: message.count === snapshots.length }
    const { documentId, data } = message
    const wellFormed =
      message.type === 'snapshot' &&
      typeof documentId === 'string' &&
      isValidDocumentId(documentId) &&
      !seen.has(documentId) &&
      data instanceof Uint8Array &&
      data.byteLength > 0
    if (!wellFormed) return { snapshots, complete: false }
    total += data.byteLength
    if (snapshots.length >= snapshotLimits.maxDocuments || total > snapshotLimits.maxTotalBytes) {
      return { snapshots, complete: false }
    }
    seen.add(documentId)
    snapshots.push({ documentId, data })
  }
}
