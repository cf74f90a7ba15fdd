import { isValidDocumentId, type Message, type PeerId, type PeerMetadata } from '@automerge/automerge-repo'
import type { ChannelMessage } from './SecureChannel'

/** The version of the sync protocol spoken after the handshake; a peer announcing another one is refused. */
export const SYNC_PROTOCOL_VERSION = 1

/** The first message on an accepted channel, each way: who the Repo behind it is. */
export type HelloMessage = { type: 'hello'; protocol: number; peerId: PeerId; peerMetadata: PeerMetadata }

/** Our hello, with only the metadata fields automerge-repo defines. */
export const helloMessage = (peerId: PeerId, peerMetadata: PeerMetadata): HelloMessage => ({
  type: 'hello',
  protocol: SYNC_PROTOCOL_VERSION,
  peerId,
  peerMetadata: cleanMetadata(peerMetadata),
})

const cleanMetadata = (metadata: PeerMetadata): PeerMetadata => {
  const clean: PeerMetadata = {}
  if (typeof metadata.storageId === 'string') clean.storageId = metadata.storageId
  if (typeof metadata.isEphemeral === 'boolean') clean.isEphemeral = metadata.isEphemeral
  return clean
}

const isShortString = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 256

/** A remote hello, or why it is not one. */
export const parseHello = (
  message: ChannelMessage,
): { ok: true; hello: HelloMessage } | { ok: false; error: string } => {
  if (message.type !== 'hello') return { ok: false, error: `expected a hello, got "${message.type}"` }
  if (message.protocol !== SYNC_PROTOCOL_VERSION)
    return {
      ok: false,
      error: `the device speaks sync protocol ${String(message.protocol)}, this one ${SYNC_PROTOCOL_VERSION}`,
    }
  if (!isShortString(message.peerId)) return { ok: false, error: 'the hello has no peer id' }
  const metadata = message.peerMetadata
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata))
    return { ok: false, error: 'the hello has no peer metadata' }
  const { storageId, isEphemeral } = metadata as Record<string, unknown>
  if (storageId !== undefined && !isShortString(storageId)) return { ok: false, error: 'the storage id is malformed' }
  if (isEphemeral !== undefined && typeof isEphemeral !== 'boolean')
    return { ok: false, error: 'the ephemeral flag is malformed' }
  return { ok: true, hello: helloMessage(message.peerId as PeerId, metadata as PeerMetadata) }
}

const isBytes = (value: unknown): value is Uint8Array => value instanceof Uint8Array
const isDocumentId = (value: unknown): boolean => typeof value === 'string' && isValidDocumentId(value)
const isStringList = (value: unknown): boolean =>
  value === undefined || (Array.isArray(value) && value.every((item) => isShortString(item)))

const isHeadsMap = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every(
    (entry: unknown) =>
      typeof entry === 'object' &&
      entry !== null &&
      Array.isArray((entry as { heads?: unknown }).heads) &&
      (entry as { heads: unknown[] }).heads.every((head) => typeof head === 'string') &&
      typeof (entry as { timestamp?: unknown }).timestamp === 'number',
  )

/** The automerge-repo message types this transport carries, each with the shape the Repo relies on. */
const repoMessageShapes: Record<string, (message: ChannelMessage) => boolean> = {
  sync: (m) => isDocumentId(m.documentId) && isBytes(m.data),
  request: (m) => isDocumentId(m.documentId) && isBytes(m.data),
  'doc-unavailable': (m) => isDocumentId(m.documentId),
  ephemeral: (m) =>
    isDocumentId(m.documentId) && isBytes(m.data) && typeof m.count === 'number' && isShortString(m.sessionId),
  'remote-subscription-change': (m) => isStringList(m.add) && isStringList(m.remove),
  'remote-heads-changed': (m) => isDocumentId(m.documentId) && isHeadsMap(m.newHeads),
}

/** True for a message type this transport hands to the Repo. */
export const isRepoMessageType = (type: string): boolean => Object.hasOwn(repoMessageShapes, type)

/** True when a repo message has the fields its type needs and names its sender and target. */
export const isWellFormedRepoMessage = (message: ChannelMessage): message is ChannelMessage & Message =>
  isRepoMessageType(message.type) &&
  isShortString(message.senderId) &&
  isShortString(message.targetId) &&
  repoMessageShapes[message.type](message)
