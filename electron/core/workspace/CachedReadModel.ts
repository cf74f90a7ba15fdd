import type { WorkspaceSnapshot } from '../../../shared/api/contract'
import type { WorkspaceDoc } from '../../../shared/schema/workspaceDoc'
import { stageColumnsOf } from '../../../shared/selectors/stageColumns'
import type { ReadModelCache } from './readModelCacheFile'
import { WorkspaceReadModel } from './WorkspaceReadModel'

const noDocument = { stages: {}, buckets: {} } as unknown as WorkspaceDoc

/**
 * The read model as the read-model cache stored it, serving reads at launch while the workspace document loads.
 * Its snapshot carries every field the cache holds, also those this class does not know.
 */
export class CachedReadModel extends WorkspaceReadModel {
  private readonly others: Record<string, unknown>

  constructor(cached: ReadModelCache['snapshot']) {
    super(noDocument, new Map())
    const { stages, contacts, ...others } = cached
    this.others = others
    for (const stage of stages) this.stages.set(stage.id, stage)
    for (const contact of contacts) this.contacts.set(contact.id, contact)
    // The parts the week's queue reads, when the cache holds them (a cache written by an older build may not).
    for (const goal of cached.goals ?? []) this.goals.set(goal.id, goal)
    for (const reminder of cached.reminders ?? []) this.reminders.set(reminder.id, reminder)
    for (const community of cached.communities ?? []) this.communities.set(community.id, community)
    if (cached.settings) this.settings = cached.settings
    this.columns = stageColumnsOf(this.contacts.values())
  }

  override snapshot(): WorkspaceSnapshot {
    return { ...super.snapshot(), ...this.others }
  }
}
