import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId } from '../../../../shared/domain/ids'
import { archiveContacts, moveContactsToStage, retagContacts } from '../../../../shared/mutators/changeContacts'
import { contactIn, makeWorkspace, stageIds, testNow, withContact } from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const ids = ['c-1', 'c-2', 'c-3'] as ContactId[]
const three = () =>
  ids.reduce(
    (doc, id, i) => withContact(doc, { id, firstName: id, tags: ['imported'], rank: `a${i}` }),
    makeWorkspace(),
  )

describe('moveContactsToStage', () => {
  it('moves every contact into the stage at its own rank, in one change', () => {
    const before = three()
    const after = Automerge.change(before, (d) =>
      moveContactsToStage(d, {
        moves: ids.map((id, i) => ({ id, rank: `b${i}` })),
        stageId: stageIds.champion,
        now: testNow + 1,
      }),
    )
    expect(ids.map((id) => [contactIn(after, id).stageId, contactIn(after, id).rank])).toEqual([
      [stageIds.champion, 'b0'],
      [stageIds.champion, 'b1'],
      [stageIds.champion, 'b2'],
    ])
    expect(Automerge.getChanges(before, after)).toHaveLength(1)
  })

  it('changes nothing when one of the contacts is unknown', () => {
    const before = three()
    expectRapportError(
      () =>
        Automerge.change(before, (d) =>
          moveContactsToStage(d, {
            moves: [
              { id: ids[0], rank: 'b0' },
              { id: 'ghost' as ContactId, rank: 'b1' },
            ],
            stageId: stageIds.champion,
            now: testNow,
          }),
        ),
      'not_found',
    )
    expect(contactIn(before, ids[0]).stageId).toBe(stageIds.connected)
  })

  it('converges when two devices bulk-move overlapping contacts to different stages', () => {
    const { laptop, phone } = forkReplicas(three())
    const a = Automerge.change(laptop, (d) =>
      moveContactsToStage(d, {
        moves: [
          { id: ids[0], rank: 'b0' },
          { id: ids[1], rank: 'b1' },
        ],
        stageId: stageIds.champion,
        now: testNow,
      }),
    )
    const b = Automerge.change(phone, (d) =>
      moveContactsToStage(d, {
        moves: [
          { id: ids[1], rank: 'c0' },
          { id: ids[2], rank: 'c1' },
        ],
        stageId: stageIds.collaborating,
        now: testNow,
      }),
    )
    const merged = expectConvergence(a, b)
    expect(contactIn(merged, ids[0]).stageId).toBe(stageIds.champion)
    expect([stageIds.champion, stageIds.collaborating]).toContain(contactIn(merged, ids[1]).stageId)
    expect(contactIn(merged, ids[2]).stageId).toBe(stageIds.collaborating)
  })
})

describe('retagContacts', () => {
  it('adds and removes tags and leaves the others', () => {
    const start = withContact(makeWorkspace(), { id: 'c-x', firstName: 'X', tags: ['imported', 'keep'] })
    const after = Automerge.change(start, (d) =>
      retagContacts(d, { ids: ['c-x' as ContactId], add: ['investor'], remove: ['imported'], now: testNow }),
    )
    expect(contactIn(after, 'c-x').tags).toEqual(['investor', 'keep'])
  })

  it('converges when two devices tag the same contacts differently: both tags survive', () => {
    const { laptop, phone } = forkReplicas(three())
    const a = Automerge.change(laptop, (d) => retagContacts(d, { ids, add: ['investor'], remove: [], now: testNow }))
    const b = Automerge.change(phone, (d) =>
      retagContacts(d, { ids, add: ['mentor'], remove: ['imported'], now: testNow }),
    )
    const merged = expectConvergence(a, b)
    expect(ids.map((id) => contactIn(merged, id).tags)).toEqual(ids.map(() => ['investor', 'mentor']))
  })
})

describe('archiveContacts', () => {
  it('archives every contact named', () => {
    const after = Automerge.change(three(), (d) =>
      archiveContacts(d, { ids: ids.slice(0, 2), archived: true, now: testNow }),
    )
    expect(ids.map((id) => contactIn(after, id).archived)).toEqual([true, true, false])
  })

  it('converges when one device archives contacts another is moving', () => {
    const { laptop, phone } = forkReplicas(three())
    const a = Automerge.change(laptop, (d) => archiveContacts(d, { ids, archived: true, now: testNow }))
    const b = Automerge.change(phone, (d) =>
      moveContactsToStage(d, { moves: [{ id: ids[0], rank: 'z0' }], stageId: stageIds.champion, now: testNow }),
    )
    const merged = expectConvergence(a, b)
    expect(contactIn(merged, ids[0])).toMatchObject({ archived: true, stageId: stageIds.champion })
  })
})
