import * as Automerge from '@automerge/automerge'
import { createCommunity, type NewCommunity } from '../../shared/mutators/createCommunity'
import { readCommunity } from '../../shared/schema/readCommunity'
import type { WorkspaceDoc } from '../../shared/schema/workspaceDoc'
import type { Community } from '../../shared/domain/types'
import type { CommunityId } from '../../shared/domain/ids'
import { testNow } from './factories'

/** The document with one more community, and that community's id. */
export const withCommunity = (
  doc: Automerge.Doc<WorkspaceDoc>,
  community: NewCommunity,
): { doc: Automerge.Doc<WorkspaceDoc>; id: CommunityId } => {
  let id = '' as CommunityId
  const next = Automerge.change(doc, (d) => {
    id = createCommunity(d, { ...community, now: testNow })
  })
  return { doc: next, id }
}

/** The read-model view of a stored community; fails the test when there is none. */
export const communityIn = (doc: WorkspaceDoc, id: string): Community => {
  const record = doc.communities[id]
  if (!record) throw new Error(`test expected community ${id} in the document`)
  return readCommunity(id, record)
}

/** A read-model community. */
export const makeCommunity = (partial: Partial<Community> = {}): Community => ({
  id: 'cm-rust' as CommunityId,
  name: 'Rust Berlin',
  kind: 'meetup',
  url: '',
  notes: '',
  member: false,
  archived: false,
  createdAt: testNow,
  ...partial,
})
