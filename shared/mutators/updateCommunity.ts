import type { CommunityId } from '../domain/ids'
import type { CommunityKind } from '../domain/types'
import { readScalar, scalar } from '../schema/scalar'
import type { WorkspaceDoc } from '../schema/workspaceDoc'
import { findCommunityRecord } from './findCommunityRecord'
import { requireUniqueCommunityName } from './requireUniqueCommunityName'

/** The fields of a community that an edit changes. */
export type CommunityFields = { name: string; kind: CommunityKind; url: string; notes: string }

const fieldNames = ['name', 'kind', 'url', 'notes'] as const

/** Changes some of a community's fields, touching only those that differ; a name another one has is a conflict. */
export const updateCommunity = (
  doc: WorkspaceDoc,
  args: { id: CommunityId; fields: Partial<CommunityFields> },
): void => {
  const record = findCommunityRecord(doc, args.id)
  if (args.fields.name !== undefined) requireUniqueCommunityName(doc, args.fields.name, args.id)
  for (const key of fieldNames) {
    const value = args.fields[key]
    if (value !== undefined && readScalar(record[key]) !== value) record[key] = scalar(value)
  }
}
