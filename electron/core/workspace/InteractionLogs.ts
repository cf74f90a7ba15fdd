import type { AutomergeUrl, DocHandle, Repo } from '@automerge/automerge-repo'
import type { Interaction } from '../../../shared/domain'
import { initInteractionLog } from '../../../shared/mutators/initInteractionLog'
import { readInteraction } from '../../../shared/schema/readRecords'
import { countsAsTouch } from '../../../shared/selectors/countsAsTouch'
import { interactionShardKey } from '../../../shared/schema/shardKey'
import type { InteractionLogDoc, WorkspaceDoc } from '../../../shared/schema/workspaceDoc'
import { loadDocument } from './loadDocument'

type Seen = Array<{ contactId: string; occurredAt: number }>

const isInteractionLog = (doc: InteractionLogDoc | undefined): boolean =>
  doc?.kind === 'rapport.interactions' && typeof doc.interactions === 'object'

/**
 * The interaction history, kept in its own documents (one or more per shard) so the
 * workspace document stays small. A shard that two devices created concurrently simply has
 * two documents; reads take the union and writes go to the first by URL.
 */
export class InteractionLogs {
  private readonly handles = new Map<string, DocHandle<InteractionLogDoc>>()
  private readonly listeners = new Set<(seen: Seen) => void>()
  private readonly arriving = new Set<string>()

  private constructor(
    private readonly repo: Repo,
    private readonly remote: boolean,
  ) {}

  /**
   * Loads every interaction document the workspace lists. With `remote` (a sync peer), a document not on disk yet
   * (listed by a workspace change from another device that has not sent the document itself) is taken when it
   * arrives, instead of failing the open.
   */
  static async open(repo: Repo, workspace: WorkspaceDoc, options: { remote?: boolean } = {}): Promise<InteractionLogs> {
    const logs = new InteractionLogs(repo, options.remote ?? false)
    await logs.sync(workspace)
    return logs
  }

  /** How many listed documents have not arrived from another device yet. */
  arrivingCount(): number {
    return this.arriving.size
  }

  private load(url: string): Promise<DocHandle<InteractionLogDoc> | null> {
    return loadDocument<InteractionLogDoc>(this.repo, url, 'interaction history', isInteractionLog).catch(
      (error: Error) => {
        if (!this.remote || !/is unavailable/.test(error.message)) throw error
        this.awaitArrival(url)
        return null
      },
    )
  }

  private awaitArrival(url: string): void {
    if (this.arriving.has(url)) return
    this.arriving.add(url)
    const { handle } = this.repo.findWithProgress<InteractionLogDoc>(url as AutomergeUrl)
    void handle
      .whenReady(['ready'])
      .then(() => {
        this.arriving.delete(url)
        if (this.handles.has(url) || !isInteractionLog(handle.doc())) return
        this.track(handle)
        this.announce([handle])
      })
      .catch(() => this.arriving.delete(url))
  }

  private announce(loaded: DocHandle<InteractionLogDoc>[]): void {
    const seen = loaded.flatMap((h) =>
      Object.values(h.doc().interactions)
        .filter((r) => countsAsTouch(r.type.toString()))
        .map((r) => ({ contactId: r.contactId.toString(), occurredAt: r.occurredAt })),
    )
    if (seen.length) for (const listener of this.listeners) listener(seen)
  }

  /** Loads documents the workspace lists that are not loaded yet (for example after a merge). */
  async sync(workspace: WorkspaceDoc): Promise<void> {
    const urls = Object.values(workspace.interactionLogs ?? {}).flatMap((set) => Object.keys(set))
    const missing = urls.filter((url) => !this.handles.has(url) && !this.arriving.has(url))
    const loaded = (await Promise.all(missing.map((url) => this.load(url)))).filter((h) => h !== null)
    for (const handle of loaded) this.track(handle)
    // Documents that arrive later (from another device) bring interactions nobody has seen yet.
    this.announce(loaded)
  }

  /** Every interaction document loaded. */
  handlesInUse(): DocHandle<InteractionLogDoc>[] {
    return [...this.handles.values()]
  }

  /** The latest interaction time of every contact that has one. */
  latestByContact(): Map<string, number> {
    const latest = new Map<string, number>()
    for (const handle of this.handles.values()) {
      for (const record of Object.values(handle.doc().interactions)) {
        const id = record.contactId.toString()
        if (!countsAsTouch(record.type.toString())) continue
        if ((latest.get(id) ?? -Infinity) < record.occurredAt) latest.set(id, record.occurredAt)
      }
    }
    return latest
  }

  /** A contact's interactions, newest first. */
  forContact(contactId: string): Interaction[] {
    const shard = interactionShardKey(contactId)
    return [...this.handles.values()]
      .filter((h) => h.doc().shard === shard)
      .flatMap((h) => Object.entries(h.doc().interactions))
      .filter(([, r]) => r.contactId.toString() === contactId)
      .map(([id, r]) => readInteraction(id, r))
      .sort((a, b) => b.occurredAt - a.occurredAt || (a.id < b.id ? -1 : 1))
  }

  /** The document holding an interaction of this contact, and the interaction, or null when no loaded one has it. */
  find(id: string, contactId: string): { handle: DocHandle<InteractionLogDoc>; interaction: Interaction } | null {
    const shard = interactionShardKey(contactId)
    for (const handle of this.handles.values()) {
      const doc = handle.doc()
      const record = doc.interactions[id]
      if (doc.shard === shard && record && record.contactId.toString() === contactId) {
        return { handle, interaction: readInteraction(id, record) }
      }
    }
    return null
  }

  /** True when a loaded document holds an interaction with this id, whoever it belongs to. */
  has(id: string): boolean {
    return [...this.handles.values()].some((h) => Boolean(h.doc().interactions[id]))
  }

  /** The interactions that occurred at or after `since`, oldest first. */
  since(since: number): Interaction[] {
    return [...this.handles.values()]
      .flatMap((h) =>
        Object.entries(h.doc().interactions)
          .filter(([, r]) => r.occurredAt >= since)
          .map(([id, r]) => readInteraction(id, r)),
      )
      .sort((a, b) => a.occurredAt - b.occurredAt || (a.id < b.id ? -1 : 1))
  }

  /** Every interaction, oldest first. */
  all(): Interaction[] {
    return [...this.handles.values()]
      .flatMap((h) => Object.entries(h.doc().interactions).map(([id, r]) => readInteraction(id, r)))
      .sort((a, b) => a.occurredAt - b.occurredAt || (a.id < b.id ? -1 : 1))
  }

  /** The document a contact's new interactions go to, created (and listed in the workspace) on first use. */
  writerFor(contactId: string, workspace: DocHandle<WorkspaceDoc>): DocHandle<InteractionLogDoc> {
    const shard = interactionShardKey(contactId)
    const urls = Object.keys(workspace.doc().interactionLogs[shard] ?? {}).sort()
    const existing = urls.map((url) => this.handles.get(url)).find(Boolean)
    if (existing) return existing
    const handle = this.repo.create<InteractionLogDoc>()
    handle.change((doc) => initInteractionLog(doc, { shard }))
    workspace.change((doc) => {
      doc.interactionLogs[shard][handle.url] = true
    })
    this.track(handle)
    return handle
  }

  /** Tells a listener about interactions as they arrive, locally or from another device. */
  onInteractions(listener: (seen: Seen) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private track(handle: DocHandle<InteractionLogDoc>): void {
    this.handles.set(handle.url, handle)
    handle.on('change', ({ doc, patches }) => {
      const ids = new Set(
        patches.filter((p) => p.path[0] === 'interactions' && p.path.length >= 2).map((p) => String(p.path[1])),
      )
      const seen: Seen = []
      for (const id of ids) {
        const record = doc.interactions[id]
        if (record && countsAsTouch(record.type.toString())) {
          seen.push({ contactId: record.contactId.toString(), occurredAt: record.occurredAt })
        }
      }
      if (seen.length) for (const listener of this.listeners) listener(seen)
    })
  }
}
