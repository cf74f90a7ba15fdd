import type { Patch } from '@automerge/automerge'
import type { WorkspaceDelta, WorkspaceSnapshot } from '../../../shared/api/contract'
import type { Community, Contact, Goal, Reminder, Stage, WorkspaceSettings } from '../../../shared/domain'
import { readCommunity } from '../../../shared/schema/readCommunity'
import { readContact, readGoal, readReminder, readSettings, readStage } from '../../../shared/schema/readRecords'
import type { WorkspaceDoc } from '../../../shared/schema/workspaceDoc'
import { byRank } from '../../../shared/selectors/byRank'
import { stageColumnsOf, updateStageColumns, type StageColumns } from '../../../shared/selectors/stageColumns'
import { snapshotDifference } from './snapshotDifference'

/** Which of the small parts of the workspace a change touched; each is sent whole when it did. */
type Parts = { stages: boolean; communities: boolean; goals: boolean; reminders: boolean; settings: boolean }

const noParts: Parts = { stages: false, communities: false, goals: false, reminders: false, settings: false }

const byCreation = (a: Goal, b: Goal): number => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)
const byDue = (a: Reminder, b: Reminder): number => a.dueAt - b.dueAt || (a.id < b.id ? -1 : 1)

/**
 * The plain-object view of the workspace that commands read and clients mirror. It is kept
 * up to date from Automerge patches, so a change re-reads only the contacts it touched.
 */
export class WorkspaceReadModel {
  version = 0
  readonly contacts = new Map<string, Contact>()
  readonly stages = new Map<string, Stage>()
  readonly communities = new Map<string, Community>()
  readonly goals = new Map<string, Goal>()
  readonly reminders = new Map<string, Reminder>()
  settings: WorkspaceSettings = { weekStart: null }
  /** Each stage's active contacts by rank (ties by id), kept in step with `contacts`: a move finds its column here. */
  columns: StageColumns = new Map()
  /** The latest touch of each contact from its loaded timeline: used for records of older builds, which store none. */
  private readonly lastInteraction = new Map<string, number>()

  constructor(doc: WorkspaceDoc, lastInteraction: Map<string, number>) {
    this.lastInteraction = lastInteraction
    this.readParts(doc, { stages: true, communities: true, goals: true, reminders: true, settings: true })
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
      goals: this.goalList(),
      reminders: this.reminderList(),
      settings: this.settings,
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

  /** Every goal (archived too), oldest first. */
  goalList(): Goal[] {
    return [...this.goals.values()].sort(byCreation)
  }

  /** Every reminder (resolved ones too), by due time. */
  reminderList(): Reminder[] {
    return [...this.reminders.values()].sort(byDue)
  }

  /** Folds a workspace change into the model; returns what changed, or null when nothing visible did. */
  applyPatches(doc: WorkspaceDoc, patches: Patch[]): WorkspaceDelta | null {
    const parts: Parts = { ...noParts }
    let allContacts = false
    const touched = new Map<string, string>()
    for (const { path } of patches) {
      const [top] = path
      if (top === 'stages' || top === 'communities' || top === 'goals' || top === 'reminders' || top === 'settings') {
        parts[top] = true
      } else if (top === 'buckets') {
        if (path.length < 3) allContacts = true
        else touched.set(String(path[2]), String(path[1]))
      } else if (path.length === 0) {
        Object.assign(parts, { stages: true, communities: true, goals: true, reminders: true, settings: true })
        allContacts = true
      }
    }
    this.readParts(doc, parts)
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
    if (!Object.values(parts).some(Boolean) && changed.length === 0 && removed.length === 0) return null
    return this.nextDelta(changed, removed, parts)
  }

  /** Records newly seen interactions; contacts whose latest interaction moved are re-sent. */
  noteInteractions(entries: Array<{ contactId: string; occurredAt: number }>): WorkspaceDelta | null {
    const changed = new Map<string, Contact>()
    for (const { contactId, occurredAt } of entries) {
      if ((this.lastInteraction.get(contactId) ?? -Infinity) >= occurredAt) continue
      this.lastInteraction.set(contactId, occurredAt)
      const contact = this.contacts.get(contactId)
      if (!contact || (contact.lastInteractionAt ?? -Infinity) >= occurredAt) continue
      const updated = { ...contact, lastInteractionAt: occurredAt }
      this.contacts.set(contactId, updated)
      this.updateColumns([contact], [updated])
      changed.set(contactId, updated)
    }
    return changed.size ? this.nextDelta([...changed.values()], [], noParts) : null
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
    return this.nextDelta([updated], [], noParts)
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
    return this.nextDelta(difference.contacts, difference.removedContactIds, {
      stages: difference.stagesChanged,
      ...difference.partsChanged,
    })
  }

  private nextDelta(contacts: Contact[], removedContactIds: string[], parts: Parts): WorkspaceDelta {
    this.version += 1
    return {
      version: this.version,
      contacts,
      removedContactIds,
      stages: parts.stages ? this.stageList() : null,
      communities: parts.communities ? this.communityList() : null,
      goals: parts.goals ? this.goalList() : null,
      reminders: parts.reminders ? this.reminderList() : null,
      settings: parts.settings ? this.settings : null,
    }
  }

  /** Reads again the small parts of the workspace a change touched: each is read whole (they are few). */
  private readParts(doc: WorkspaceDoc, parts: Parts): void {
    if (parts.communities) {
      this.communities.clear()
      for (const [id, record] of Object.entries(doc.communities ?? {}))
        this.communities.set(id, readCommunity(id, record))
    }
    if (parts.stages) {
      this.stages.clear()
      for (const [id, record] of Object.entries(doc.stages ?? {})) this.stages.set(id, readStage(id, record))
    }
    if (parts.goals) {
      this.goals.clear()
      for (const [id, record] of Object.entries(doc.goals ?? {})) this.goals.set(id, readGoal(id, record))
    }
    if (parts.reminders) {
      this.reminders.clear()
      for (const [id, record] of Object.entries(doc.reminders ?? {})) this.reminders.set(id, readReminder(id, record))
    }
    if (parts.settings) this.settings = readSettings(doc.settings)
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
