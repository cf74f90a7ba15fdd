import type { Patch } from '@automerge/automerge'
import type { WorkspaceDelta, WorkspaceSnapshot } from '../../../shared/api/contract'
import type { Contact, Stage } from '../../../shared/domain'
import { readContact, readStage } from '../../../shared/schema/readRecords'
import type { WorkspaceDoc } from '../../../shared/schema/workspaceDoc'
import { byRank } from '../../../shared/selectors/byRank'
import { stageColumnsOf, updateStageColumns, type StageColumns } from '../../../shared/selectors/stageColumns'
import { snapshotDifference } from './snapshotDifference'

/**
 * The plain-object view of the workspace that commands read and clients mirror. It is kept
 * up to date from Automerge patches, so a change re-reads only the contacts it touched.
 */
export class WorkspaceReadModel {
  version = 0
  readonly contacts = new Map<string, Contact>()
  readonly stages = new Map<string, Stage>()
  /** Each stage's active contacts by rank (ties by id), kept in step with `contacts`: a move finds its column here. */
  columns: StageColumns = new Map()
  private readonly lastInteraction = new Map<string, number>()

  constructor(doc: WorkspaceDoc, lastInteraction: Map<string, number>) {
    this.lastInteraction = lastInteraction
    this.readAllStages(doc)
    this.readAllContacts(doc)
  }

  /** Folds contacts that changed (their versions before and after; none after when removed) into the columns. */
  private updateColumns(before: Contact[], after: Contact[]): void {
    this.columns = updateStageColumns(this.columns, before, after, () => this.contacts.values())
  }

  /** The whole read model at its current version. */
  snapshot(): WorkspaceSnapshot {
    const contacts = [...this.contacts.values()]
    return { version: this.version, stages: this.stageList(), contacts, total: contacts.length, complete: true }
  }

  /** Every stage (archived too) in board order. */
  stageList(): Stage[] {
    return [...this.stages.values()].sort(byRank)
  }

  /** Folds a workspace change into the model; returns what changed, or null when nothing visible did. */
  applyPatches(doc: WorkspaceDoc, patches: Patch[]): WorkspaceDelta | null {
    let stagesChanged = false
    let allContacts = false
    const touched = new Map<string, string>()
    for (const { path } of patches) {
      if (path[0] === 'stages') stagesChanged = true
      else if (path[0] === 'buckets') {
        if (path.length < 3) allContacts = true
        else touched.set(String(path[2]), String(path[1]))
      } else if (path.length === 0) {
        stagesChanged = true
        allContacts = true
      }
    }
    if (stagesChanged) this.readAllStages(doc)
    const changed: Contact[] = []
    const removed: string[] = []
    if (allContacts) {
      const before = new Set(this.contacts.keys())
      this.readAllContacts(doc)
      for (const id of before) if (!this.contacts.has(id)) removed.push(id)
      changed.push(...this.contacts.values())
    } else {
      const before: Contact[] = []
      for (const [id, bucket] of touched) {
        const previous = this.contacts.get(id)
        if (previous) before.push(previous)
        const record = doc.buckets[bucket]?.[id]
        if (record) {
          const contact = readContact(id, record, this.lastInteraction.get(id) ?? null)
          this.contacts.set(id, contact)
          changed.push(contact)
        } else if (this.contacts.delete(id)) removed.push(id)
      }
      this.updateColumns(before, changed)
    }
    if (!stagesChanged && changed.length === 0 && removed.length === 0) return null
    return this.nextDelta(changed, removed, stagesChanged)
  }

  /** Records newly seen interactions; contacts whose latest interaction moved are re-sent. */
  noteInteractions(entries: Array<{ contactId: string; occurredAt: number }>): WorkspaceDelta | null {
    const changed = new Map<string, Contact>()
    for (const { contactId, occurredAt } of entries) {
      if ((this.lastInteraction.get(contactId) ?? -Infinity) >= occurredAt) continue
      this.lastInteraction.set(contactId, occurredAt)
      const contact = this.contacts.get(contactId)
      if (!contact) continue
      const updated = { ...contact, lastInteractionAt: occurredAt }
      this.contacts.set(contactId, updated)
      this.updateColumns([contact], [updated])
      changed.set(contactId, updated)
    }
    return changed.size ? this.nextDelta([...changed.values()], [], false) : null
  }

  /** Sets a contact's latest interaction outright (after interactions left its timeline); re-sends it when it moved. */
  resetLastInteraction(contactId: string, latest: number | null): WorkspaceDelta | null {
    if (latest === null) this.lastInteraction.delete(contactId)
    else this.lastInteraction.set(contactId, latest)
    const contact = this.contacts.get(contactId)
    if (!contact || contact.lastInteractionAt === latest) return null
    const updated = { ...contact, lastInteractionAt: latest }
    this.contacts.set(contactId, updated)
    this.updateColumns([contact], [updated])
    return this.nextDelta([updated], [], false)
  }

  /**
   * Takes over from a snapshot clients were served before the document loaded (the read-model cache): continues its
   * version and answers what differs from it, or null. A difference a delta cannot carry skips a version, so that
   * clients take a fresh snapshot.
   */
  reconcile(served: WorkspaceSnapshot): WorkspaceDelta | null {
    const difference = snapshotDifference(served, this.snapshot())
    this.version = served.version
    if (!difference) return null
    if (difference.otherChanged) this.version += 1
    return this.nextDelta(difference.contacts, difference.removedContactIds, difference.stagesChanged)
  }

  private nextDelta(contacts: Contact[], removedContactIds: string[], stagesChanged: boolean): WorkspaceDelta {
    this.version += 1
    return { version: this.version, contacts, removedContactIds, stages: stagesChanged ? this.stageList() : null }
  }

  private readAllStages(doc: WorkspaceDoc): void {
    this.stages.clear()
    for (const [id, record] of Object.entries(doc.stages ?? {})) this.stages.set(id, readStage(id, record))
  }

  private readAllContacts(doc: WorkspaceDoc): void {
    this.contacts.clear()
    for (const bucket of Object.values(doc.buckets ?? {})) {
      for (const [id, record] of Object.entries(bucket)) {
        this.contacts.set(id, readContact(id, record, this.lastInteraction.get(id) ?? null))
      }
    }
    this.columns = stageColumnsOf(this.contacts.values())
  }
}
