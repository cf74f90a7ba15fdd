import type { NewImportedCommunity } from '../import/planImportedCommunities'
import { scalar } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'

/** Writes the communities an import creates; one whose id the vault already has is left as it is. */
export const importCommunities = (doc: WorkspaceDoc, communities: readonly NewImportedCommunity[]): void => {
  doc.communities ??= {}
  for (const { id, name, kind, url, notes, member, archived, createdAt } of communities) {
    if (doc.communities[id]) continue
    doc.communities[id] = {
      name: scalar(name),
      kind: scalar(kind),
      url: scalar(url),
      notes: scalar(notes),
      member,
      archived,
      createdAt,
    }
  }
}

/** Removes communities (an undone import's), leaving ones already gone. */
export const removeCommunities = (doc: WorkspaceDoc, ids: readonly string[]): void => {
  for (const id of ids) if (doc.communities?.[id]) delete doc.communities[id]
}
