import * as A from '@automerge/automerge'
import { startRapport } from '../electron/core/startRapport'
import type { Contact } from '../shared/domain/types'
import { contactBucketKey } from '../shared/schema/shardKey'
import type { ContactRecord, WorkspaceDoc } from '../shared/schema/workspaceDoc'
import type { FakeContact } from './fakeNetwork'
import { seededRandom } from './seededRandom'
import { summarize, type Summary } from './stats'

/** One move as the core made it: which card, where to, and the rank the core gave it. */
export type Move = { id: string; stageId: string; rank: string }

export type CoreMoveResult = {
  moves: Move[]
  timings: Summary
  /**
   * Where the time of each move goes: the workspace change (Automerge change, automerge-repo's
   * bookkeeping and the read model update), the wait for the durable save, and the rest
   * (validation, the column scans that pick a rank, cloning the answer).
   */
  parts: { change: Summary; flush: Summary; rest: Summary }
  /** The very first move after the open, apart: it may pay for compacting the stored workspace. */
  firstMoveMs: number
  /** automerge-repo's `saveSince` (incremental) and `save` (compaction) calls during the measured moves. */
  saves: Summary & { compactions: number; compactionMs: number[] }
  openMs: number
  /** The active stages, in board order. */
  stageIds: string[]
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Moves random cards to random stages and places through the real API, in-process, with
 * the vault open. Each move is timed alone, from the call to its answer (which, in this core,
 * includes writing the change durably to disk). Between moves the event loop gets a moment,
 * as between two drags.
 */
export const measureCoreMoves = async (
  dataDir: string,
  options: { count: number; warmup: number; seed: number },
): Promise<CoreMoveResult> => {
  const t0 = performance.now()
  const running = await startRapport({ dataDir, appVersion: 'bench', socket: false })
  const openMs = performance.now() - t0
  const saveMs: number[] = []
  const compactionMs: number[] = []
  let measuring = false
  const storage = running.core.vault.repo.storageSubsystem
  storage?.on('doc-saved', (e) => measuring && saveMs.push(e.durationMillis))
  storage?.on('doc-compacted', (e) => measuring && compactionMs.push(e.durationMillis))
  let firstMoveMs = NaN
  // Time the two expensive steps inside each call by wrapping them on this instance (the core is not modified).
  const handle = running.core.vault.workspace
  const repo = running.core.vault.repo
  let changeMs = 0
  let flushMs = 0
  const change = handle.change.bind(handle)
  const flush = repo.flush.bind(repo)
  handle.change = (...args: Parameters<typeof change>) => {
    const start = performance.now()
    try {
      return change(...args)
    } finally {
      changeMs += performance.now() - start
    }
  }
  repo.flush = async (...args: Parameters<typeof flush>) => {
    const start = performance.now()
    try {
      return await flush(...args)
    } finally {
      flushMs += performance.now() - start
    }
  }
  const parts = { change: [] as number[], flush: [] as number[], rest: [] as number[] }
  try {
    const rng = seededRandom(options.seed)
    const model = running.core.readModel
    const stages = model.stageList().filter((s) => !s.archived)
    const ids = [...model.contacts.keys()]
    const timings: number[] = []
    const moves: Move[] = []
    for (let i = 0; i < options.warmup + options.count; i++) {
      const id = rng.pick(ids)
      const stageId = rng.pick(stages).id
      const column: Contact[] = []
      for (const c of model.contacts.values()) if (c.stageId === stageId && !c.archived && c.id !== id) column.push(c)
      const where = rng.int(0, 2)
      const neighbour = column.length ? rng.pick(column).id : null
      const position =
        where === 1 && neighbour ? { afterId: neighbour } : where === 2 && neighbour ? { beforeId: neighbour } : {}
      changeMs = 0
      flushMs = 0
      const start = performance.now()
      const moved = await running.client.call('contacts.move', { id, stageId, ...position })
      const ms = performance.now() - start
      if (i === 0) firstMoveMs = ms
      if (i === options.warmup - 1) measuring = true
      if (i >= options.warmup) {
        timings.push(ms)
        parts.change.push(changeMs)
        parts.flush.push(flushMs)
        parts.rest.push(ms - changeMs - flushMs)
        moves.push({ id, stageId, rank: moved.rank })
      }
      await pause(2)
    }
    measuring = false
    await running.core.vault.repo.flush()
    return {
      moves,
      timings: summarize(timings),
      parts: { change: summarize(parts.change), flush: summarize(parts.flush), rest: summarize(parts.rest) },
      firstMoveMs,
      stageIds: stages.map((st) => st.id),
      saves: { ...summarize(saveMs), compactions: compactionMs.length, compactionMs },
      openMs,
    }
  } finally {
    await running.stop()
  }
}

/** The same two fields a move writes, as a contact record holds them. */
const applyMove = (record: ContactRecord, move: Move) => {
  record.stageId = new A.ImmutableString(move.stageId)
  record.rank = new A.ImmutableString(move.rank)
}

type ChangeTimings = { change: Summary; saveSince: Summary; chunkBytes: Summary }

const timeChanges = <T>(doc: A.Doc<T>, moves: Move[], locate: (d: T, id: string) => ContactRecord): ChangeTimings => {
  const change: number[] = []
  const saveSince: number[] = []
  const chunkBytes: number[] = []
  let current = doc
  for (const move of moves) {
    const heads = A.getHeads(current)
    const start = performance.now()
    current = A.change(current, (d) => applyMove(locate(d as T, move.id), move))
    const changed = performance.now()
    const chunk = A.saveSince(current, heads)
    saveSince.push(performance.now() - changed)
    change.push(changed - start)
    chunkBytes.push(chunk.length)
  }
  return { change: summarize(change), saveSince: summarize(saveSince), chunkBytes: summarize(chunkBytes) }
}

type FlatDoc = { contacts: Record<string, ContactRecord> }

/**
 * Baseline 1: plain Automerge, no repo, no API: the prototype's layout, one flat map of 30k
 * contacts (same fields, as ImmutableStrings), and one `Automerge.change` per move setting
 * `stageId` and `rank` (the `saveSince` of that change is timed apart).
 */
export const measureFlatDocMoves = (
  contacts: FakeContact[],
  stageIds: string[],
  moves: Move[],
): { buildMs: number; timings: ChangeTimings } => {
  const t0 = performance.now()
  let doc = A.init<FlatDoc>()
  doc = A.change(doc, (d) => {
    d.contacts = {}
  })
  for (let start = 0; start < contacts.length; start += 500) {
    doc = A.change(doc, (d) => {
      for (const c of contacts.slice(start, start + 500)) d.contacts[c.id] = flatRecord(c, stageIds[c.stageIndex])
    })
  }
  const buildMs = performance.now() - t0
  return { buildMs, timings: timeChanges(doc, moves, (d, id) => d.contacts[id]) }
}

/**
 * Baseline 2: plain Automerge on the very workspace document the core opened (its stored
 * bytes, `Automerge.load`ed), one `Automerge.change` per move: what the moves cost without
 * the API, the read model and automerge-repo.
 */
export const measureWorkspaceDocMoves = (workspaceBytes: Uint8Array, moves: Move[]): ChangeTimings => {
  const doc = A.load<WorkspaceDoc>(workspaceBytes)
  return timeChanges(doc, moves, (d, id) => d.buckets[contactBucketKey(id)][id])
}

const s = (value: string | undefined) => new A.ImmutableString(value ?? '')

const flatRecord = (c: FakeContact, stageId: string): ContactRecord => ({
  firstName: s(c.fields.firstName),
  lastName: s(c.fields.lastName),
  position: s(c.fields.position),
  company: s(c.fields.company),
  emails: (c.fields.emails ?? []).map(s),
  phones: (c.fields.phones ?? []).map(s),
  linkedinUrl: s(c.fields.linkedinUrl),
  location: s(c.fields.location),
  howWeMet: s(c.fields.howWeMet),
  tags: Object.fromEntries((c.fields.tags ?? []).map((t) => [t, true as const])),
  communities: Object.fromEntries((c.fields.communities ?? []).map((t) => [t, true as const])),
  offer: s(c.fields.offer),
  notes: c.fields.notes ?? '',
  cadenceDays: c.fields.cadenceDays ?? null,
  connectedOn: c.fields.connectedOn ? s(c.fields.connectedOn) : null,
  sources: Object.fromEntries(c.sources.map((t) => [t, true as const])),
  stageId: s(stageId),
  rank: s(c.rank),
  archived: false,
  createdAt: c.createdAt,
  updatedAt: c.createdAt,
})
