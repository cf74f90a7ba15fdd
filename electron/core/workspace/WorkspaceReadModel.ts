import type { Patch } from '@automerge/automerge'
import type { WorkspaceDelta, WorkspaceSnapshot } from '../../../shared/api/contract'
import type { Community, Contact, Stage } from '../../../shared/domain'
import { readCommunity } from '../../../shared/schema/readCommunity'
import { readContact, readStage } from '../../../shared/schema/readRecords'
import type { WorkspaceDoc } from '../../../shared/schema/workspaceDoc'
import { byRank } from '../../../shared/selectors/byRank'
import { stageColumnsOf, updateStageColumns, type StageColumns } from '../../../shared/selectors/stageColumns'

/**
 * The plain-object view of the workspace that commands read and clients mirror. It is kept
 * up to date from Automerge patches, so a change re-reads only the contacts it touched.
 */
export class WorkspaceReadModel {
  version = 0
  readonly contacts = new Map<string, Contact>()
  readonly stages = new Map<string, Stage>()
  readonly communities = new Map<string, Community>()
  /** Each stage's active contacts by rank (ties by id), kept in step with `contacts`: a move finds its column here. */
  columns: StageColumns = new Map()
  private readonly lastInteraction = new Map<string, number>()

  constructor(doc: WorkspaceDoc, lastInteraction: Map<string, number>) {
    this.lastInteraction = lastInteraction
    this.readAllStages(doc)
    this.readAllCommunities(doc)
    this.readAllContacts(doc)
  }

  /** Folds contacts that changed (their versions before and after; none after when removed) into the columns. */
  private updateColumns(before: Contact[], after: Contact[]): void {
    this.columns = updateStageColumns(this.columns, before, after, () => this.contacts.values())
  }

  /** The whole read model at its current version. */
  snapshot(): WorkspaceSnapshot {
    const contacts = [...this.contacts.values()]
    return {
      version: this.version,
      stages: this.stageList(),
      communities: this.communityList(),
      contacts,
      total: contacts.length,
      complete: true,
    }
  }

  /** Every stage (archived too) in board order. */
  stageList(): Stage[] {
    return [...this.stages.values()].sort(byRank)
  }

  /** Every community (archived too), by name. */
  communityList(): Community[] {
    return [...this.communities.values()].sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
  }

  /** Folds a workspace change into the model; returns what changed, or null when nothing visible did. */
  applyPatches(doc: WorkspaceDoc, patches: Patch[]): WorkspaceDelta | null {
    let stagesChanged = false
    let communitiesChanged = false
    let allContacts = false
    const touched = new Map<string, string>()
    for (const { path } of patches) {
      if (path[0] === 'stages') stagesChanged = true
      else if (path[0] === 'communities') communitiesChanged = true
      else if (path[0] === 'buckets') {
        if (path.length < 3) allContacts = true
        else touched.set(String(path[2]), String(path[1]))
      } else if (path.length === 0) {
        stagesChanged = true
        communitiesChanged = true
        allContacts = true
      }
    }
    if (stagesChanged) this.readAllStages(doc)
    if (communitiesChanged) this.readAllCommunities(doc)
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
    if (!stagesChanged && !communitiesChanged && changed.length === 0 && removed.length === 0) return null
    return this.nextDelta(changed, removed, stagesChanged, communitiesChanged)
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

  private nextDelta(
    contacts: Contact[],
    removedContactIds: string[],
    stagesChanged: boolean,
    communitiesChanged = false,
  ): WorkspaceDelta {
    this.version += 1
    return {
      version: this.version,
      contacts,
      removedContactIds,
      stages: stagesChanged ? this.stageList() : null,
      communities: communitiesChanged ? this.communityList() : null,
    }
  }

  private readAllCommunities(doc: WorkspaceDoc): void {
    this.communities.clear()
    for (const [id, record] of Object.entries(doc.communities ?? {})) {
      this.communities.set(id, readCommunity(id, record))
    }
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
