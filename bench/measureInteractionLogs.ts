import * as A from '@automerge/automerge'
import type { DocHandle } from '@automerge/automerge-repo'
import { startRapport } from '../electron/core/startRapport'
import type { ContactId, InteractionId } from '../shared/domain/ids'
import { interactionTypes, type InteractionType } from '../shared/domain/types'
import { advanceLastInteraction } from '../shared/mutators/advanceLastInteraction'
import { logInteraction } from '../shared/mutators/logInteraction'
import type { InteractionLogDoc, WorkspaceDoc } from '../shared/schema/workspaceDoc'
import { countsAsTouch } from '../shared/selectors/countsAsTouch'
import type { StoredDocument } from './readStoredDocuments'
import { seededRandom } from './seededRandom'
import { summarize, type Summary } from './stats'

/** One interaction as the core logged it, and the interaction document it went to. */
export type LoggedInteraction = {
  id: string
  contactId: string
  type: InteractionType
  occurredAt: number
  summary: string
  createdAt: number
  documentId: string
}

export type CoreLogResult = {
  logs: LoggedInteraction[]
  timings: Summary
  /**
   * Where the time of each log goes: the interaction document change (Automerge change, automerge-repo's
   * bookkeeping, the timeline listeners), the workspace change storing the contact's latest touch (none for a
   * note), the wait for the durable save of both, and the rest (validation, finding the document, the answer).
   */
  parts: { interactionChange: Summary; workspaceChange: Summary; flush: Summary; rest: Summary }
  /** How many of the measured logs counted as a touch, so changed the workspace too. */
  touches: number
  firstLogMs: number
  /** automerge-repo's `saveSince` (incremental) and `save` (compaction) calls during the measured logs. */
  saves: Summary & { compactions: number; compactionMs: number[] }
  openMs: number
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const summaries = ['Coffee, talked about the new role', 'Sent the deck', 'Intro to a designer', 'Quick catch-up', '']

/** Times every call of `method` on this one object, adding each call's duration through `add` (the class is untouched). */
const timeCalls = <T extends object, K extends keyof T>(target: T, method: K, add: (ms: number) => void): void => {
  const original = (target[method] as (...args: unknown[]) => unknown).bind(target)
  const timed = (...args: unknown[]) => {
    const start = performance.now()
    const result = original(...args)
    if (result instanceof Promise) return result.finally(() => add(performance.now() - start))
    add(performance.now() - start)
    return result
  }
  target[method] = timed as T[K]
}

/**
 * Logs interactions of random types for random contacts through the real API, in-process, with the vault open.
 * Each log is timed alone, from the call to its answer (which, in this core, comes once the interaction and the
 * contact's latest touch are written durably to disk). Between logs the event loop gets a moment, as between two
 * entries typed by hand. Every interaction occurs now, so each touch moves its contact's stored latest touch.
 */
export const measureCoreInteractionLogs = async (
  dataDir: string,
  options: { count: number; warmup: number; seed: number },
): Promise<CoreLogResult> => {
  const t0 = performance.now()
  const running = await startRapport({ dataDir, appVersion: 'bench', socket: false })
  const openMs = performance.now() - t0
  const saveMs: number[] = []
  const compactionMs: number[] = []
  let measuring = false
  const repo = running.core.vault.repo
  repo.storageSubsystem?.on('doc-saved', (e) => measuring && saveMs.push(e.durationMillis))
  repo.storageSubsystem?.on('doc-compacted', (e) => measuring && compactionMs.push(e.durationMillis))
  let interactionChangeMs = 0
  let workspaceChangeMs = 0
  let flushMs = 0
  const wrapped = new Set<DocHandle<InteractionLogDoc>>()
  const wrapLogs = () => {
    for (const handle of running.core.vault.interactions.handlesInUse()) {
      if (wrapped.has(handle)) continue
      wrapped.add(handle)
      timeCalls(handle, 'change', (ms) => (interactionChangeMs += ms))
    }
  }
  wrapLogs()
  timeCalls(running.core.vault.workspace, 'change', (ms) => (workspaceChangeMs += ms))
  timeCalls(repo, 'flush', (ms) => (flushMs += ms))
  const parts = { interactionChange: [] as number[], workspaceChange: [] as number[], flush: [] as number[] }
  const rest: number[] = []
  try {
    const rng = seededRandom(options.seed)
    const ids = [...running.core.readModel.contacts.keys()]
    const timings: number[] = []
    const logs: LoggedInteraction[] = []
    let touches = 0
    let firstLogMs = NaN
    for (let i = 0; i < options.warmup + options.count; i++) {
      const contactId = rng.pick(ids)
      const type = rng.pick(interactionTypes)
      const summary = rng.pick(summaries)
      const occurredAt = Date.now() - rng.int(0, 60) * 60_000
      interactionChangeMs = 0
      workspaceChangeMs = 0
      flushMs = 0
      const start = performance.now()
      const logged = await running.client.call('interactions.log', { contactId, type, occurredAt, summary })
      const ms = performance.now() - start
      if (i === 0) firstLogMs = ms
      if (i === options.warmup - 1) measuring = true
      if (i >= options.warmup) {
        timings.push(ms)
        parts.interactionChange.push(interactionChangeMs)
        parts.workspaceChange.push(workspaceChangeMs)
        parts.flush.push(flushMs)
        rest.push(ms - interactionChangeMs - workspaceChangeMs - flushMs)
        if (countsAsTouch(type)) touches++
        const found = running.core.vault.interactions.find(logged.id, contactId)
        if (!found) throw new Error(`The logged interaction ${logged.id} is not on the timeline.`)
        logs.push({
          id: logged.id,
          contactId,
          type,
          occurredAt,
          summary,
          createdAt: logged.createdAt,
          documentId: found.handle.documentId,
        })
      }
      wrapLogs()
      await pause(2)
    }
    measuring = false
    await repo.flush()
    return {
      logs,
      timings: summarize(timings),
      parts: {
        interactionChange: summarize(parts.interactionChange),
        workspaceChange: summarize(parts.workspaceChange),
        flush: summarize(parts.flush),
        rest: summarize(rest),
      },
      touches,
      firstLogMs,
      saves: { ...summarize(saveMs), compactions: compactionMs.length, compactionMs },
      openMs,
    }
  } finally {
    await running.stop()
  }
}

export type PlainLogTimings = { change: Summary; saveSince: Summary; total: Summary; chunkBytes: Summary }

/**
 * Baseline: plain Automerge, no repo, no API: each log's `Automerge.change` (the same `logInteraction` mutator)
 * on the very interaction document the core wrote it to, loaded from its stored bytes, then the `saveSince` of
 * that change. Loading is not timed.
 */
export const measurePlainInteractionLogs = (stored: StoredDocument[], logs: LoggedInteraction[]): PlainLogTimings => {
  const bytesOf = new Map(stored.map((d) => [d.documentId, d.bytes]))
  const docs = new Map<string, A.Doc<InteractionLogDoc>>()
  const change: number[] = []
  const saveSince: number[] = []
  const total: number[] = []
  const chunkBytes: number[] = []
  for (const log of logs) {
    let doc = docs.get(log.documentId)
    if (!doc) {
      const bytes = bytesOf.get(log.documentId)
      if (!bytes) throw new Error(`No stored interaction document ${log.documentId}.`)
      doc = A.load<InteractionLogDoc>(bytes)
    }
    const heads = A.getHeads(doc)
    const start = performance.now()
    doc = A.change(doc, (d) =>
      logInteraction(d, {
        id: log.id as InteractionId,
        contactId: log.contactId as ContactId,
        type: log.type,
        occurredAt: log.occurredAt,
        summary: log.summary,
        now: log.createdAt,
      }),
    )
    const changed = performance.now()
    const chunk = A.saveSince(doc, heads)
    const saved = performance.now()
    docs.set(log.documentId, doc)
    change.push(changed - start)
    saveSince.push(saved - changed)
    total.push(saved - start)
    chunkBytes.push(chunk.length)
  }
  return {
    change: summarize(change),
    saveSince: summarize(saveSince),
    total: summarize(total),
    chunkBytes: summarize(chunkBytes),
  }
}

/**
 * For reference: the same plain Automerge change and `saveSince` on the stored workspace document, storing the
 * latest touch of each log that counts as one (the second document every touch changes).
 */
export const measurePlainLastTouches = (workspaceBytes: Uint8Array, logs: LoggedInteraction[]): PlainLogTimings => {
  let doc = A.load<WorkspaceDoc>(workspaceBytes)
  const change: number[] = []
  const saveSince: number[] = []
  const total: number[] = []
  const chunkBytes: number[] = []
  for (const log of logs.filter((l) => countsAsTouch(l.type))) {
    const heads = A.getHeads(doc)
    const start = performance.now()
    doc = A.change(doc, (d) => advanceLastInteraction(d, { touches: [log] }))
    const changed = performance.now()
    const chunk = A.saveSince(doc, heads)
    const saved = performance.now()
    change.push(changed - start)
    saveSince.push(saved - changed)
    total.push(saved - start)
    chunkBytes.push(chunk.length)
  }
  return {
    change: summarize(change),
    saveSince: summarize(saveSince),
    total: summarize(total),
    chunkBytes: summarize(chunkBytes),
  }
}
