import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId } from '../../../../shared/domain/ids'
import { unmergeChanges } from '../../../../shared/merge/unmergeChanges'
import { mergeContacts } from '../../../../shared/mutators/mergeContacts'
import { unmergeContacts } from '../../../../shared/mutators/unmergeContacts'
import { updateContact } from '../../../../shared/mutators/updateContact'
import { mergeContactFields } from '../../../../shared/selectors/mergeContactFields'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { expectRapportError } from '../../../helpers/errors'
import { contactIdsIn, contactIn, makeWorkspace, stageIds, testNow, withContact } from '../../../helpers/factories'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const ada = 'contact-ada' as ContactId
const augusta = 'contact-augusta' as ContactId

const unmerged = withContact(
  withContact(makeWorkspace(), { id: ada, firstName: 'Ada', notes: 'Met at the salon', tags: ['maths'] }),
  {
    id: augusta,
    firstName: 'Augusta',
    company: 'Analytical Engines',
    notes: 'Likes poetry',
    tags: ['poetry'],
    sources: ['linkedin'],
    stageId: stageIds.champion,
    rank: 'a7',
    now: testNow - 1000,
  },
)
const kept = contactIn(unmerged, ada)
const removed = contactIn(unmerged, augusta)
const merged = Automerge.change(unmerged, (d) =>
  mergeContacts(d, { keepId: ada, mergeId: augusta, fields: mergeContactFields(kept, removed), now: testNow + 1 }),
)

const unmerge = (doc: Automerge.Doc<WorkspaceDoc>) =>
  Automerge.change(Automerge.clone(doc), (d) =>
    unmergeContacts(d, {
      keepId: ada,
      changes: unmergeChanges(kept, contactIn(merged, ada), contactIn(doc, ada)),
      removed,
      now: testNow + 2,
    }),
  )

const withoutUpdatedAt = ({ updatedAt: _, ...rest }: ReturnType<typeof contactIn>) => rest

describe('unmergeContacts', () => {
  it('brings the removed contact back with its id, stage, rank and fields', () => {
    const doc = unmerge(merged)
    expect(contactIdsIn(doc).sort()).toEqual([ada, augusta].sort())
    expect(withoutUpdatedAt(contactIn(doc, augusta))).toEqual(withoutUpdatedAt(removed))
  })

  it('gives the kept contact back what it had before the merge', () => {
    expect(withoutUpdatedAt(contactIn(unmerge(merged), ada))).toEqual(withoutUpdatedAt(kept))
  })

  it('refuses when the kept contact is gone', () => {
    const gone = Automerge.change(Automerge.clone(merged), (d) => {
      delete d.buckets[Object.keys(d.buckets).find((b) => d.buckets[b][ada])!][ada]
    })
    const changes = unmergeChanges(kept, contactIn(merged, ada), contactIn(merged, ada))
    expectRapportError(
      () => Automerge.change(gone, (d) => unmergeContacts(d, { keepId: ada, changes, removed, now: testNow + 2 })),
      'not_found',
    )
  })

  it('converges with an edit of the kept contact made on another device', () => {
    const { laptop, phone } = forkReplicas(merged)
    const undone = unmerge(laptop)
    const edited = Automerge.change(phone, (d) =>
      updateContact(d, { id: ada, fields: { position: 'Countess' }, now: testNow + 3 }),
    )
    const doc = expectConvergence(undone, edited)
    expect(contactIn(doc, ada)).toMatchObject({ position: 'Countess', company: '', notes: 'Met at the salon' })
  })
})
