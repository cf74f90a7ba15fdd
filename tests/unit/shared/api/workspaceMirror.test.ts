import { describe, expect, it } from 'vitest'
import type { WorkspaceDelta } from '../../../../shared/api/contract'
import { applyDelta, mirrorFromSnapshot, type WorkspaceMirror } from '../../../../shared/api/workspaceMirror'
import type { ContactId, StageId } from '../../../../shared/domain/ids'
import { emptyHabitParts, makeContact, makeStage, unchangedParts } from '../../../helpers/factories'

const ada = makeContact({ id: 'ada' as ContactId, firstName: 'Ada' })
const grace = makeContact({ id: 'grace' as ContactId, firstName: 'Grace' })
const alan = makeContact({ id: 'alan' as ContactId, firstName: 'Alan' })
const stages = [makeStage()]

const mirrorAt = (version: number) =>
  mirrorFromSnapshot({
    version,
    stages,
    communities: [],
    contacts: [ada, grace],
    total: 2,
    complete: true,
    ...emptyHabitParts(),
  })

const delta = (partial: Partial<WorkspaceDelta> & { version: number }): WorkspaceDelta => ({
  contacts: [],
  removedContactIds: [],
  ...unchangedParts(),
  ...partial,
})

const applied = (mirror: WorkspaceMirror, d: WorkspaceDelta): WorkspaceMirror => {
  const next = applyDelta(mirror, d)
  if (next === 'stale') throw new Error('test expected the delta to apply')
  return next
}

describe('mirrorFromSnapshot', () => {
  it('holds the snapshot’s version, stages and contacts by id', () => {
    const mirror = mirrorAt(4)

    expect(mirror.version).toBe(4)
    expect(mirror.stages).toEqual(stages)
    expect([...mirror.contacts.entries()]).toEqual([
      ['ada', ada],
      ['grace', grace],
    ])
  })
})

describe('applyDelta', () => {
  it('applies the next delta: changed contacts replaced, new ones added, removed ones gone', () => {
    const renamed = { ...ada, firstName: 'Augusta' }

    const next = applied(mirrorAt(4), delta({ version: 5, contacts: [renamed, alan], removedContactIds: ['grace'] }))

    expect(next.version).toBe(5)
    expect([...next.contacts.values()]).toEqual([renamed, alan])
  })

  it('applies deltas one after another, in order', () => {
    const one = applied(mirrorAt(4), delta({ version: 5, contacts: [alan] }))
    const two = applied(one, delta({ version: 6, removedContactIds: ['alan', 'ada'] }))

    expect(two.version).toBe(6)
    expect([...two.contacts.keys()]).toEqual(['grace'])
  })

  it('leaves the mirror it was given as it was', () => {
    const mirror = mirrorAt(4)

    applied(mirror, delta({ version: 5, contacts: [alan], removedContactIds: ['ada'] }))

    expect(mirror.version).toBe(4)
    expect([...mirror.contacts.keys()]).toEqual(['ada', 'grace'])
  })

  it('ignores a delta the mirror already has, or an older one', () => {
    const mirror = mirrorAt(4)

    expect(applyDelta(mirror, delta({ version: 4, removedContactIds: ['ada'] }))).toBe(mirror)
    expect(applyDelta(mirror, delta({ version: 2, removedContactIds: ['ada'] }))).toBe(mirror)
  })

  it('says stale when a delta was missed, so the caller fetches a fresh snapshot', () => {
    expect(applyDelta(mirrorAt(4), delta({ version: 6, contacts: [alan] }))).toBe('stale')
  })

  it('replaces the stages only when the delta sends them', () => {
    const newStages = [makeStage(), makeStage({ id: 'stage-mentors' as StageId, name: 'Mentors', rank: 'b0' })]

    const kept = applied(mirrorAt(4), delta({ version: 5, stages: null, communities: null }))
    const replaced = applied(kept, delta({ version: 6, stages: newStages }))
    const emptied = applied(replaced, delta({ version: 7, stages: [] }))

    expect(kept.stages).toEqual(stages)
    expect(replaced.stages).toEqual(newStages)
    expect(emptied.stages).toEqual([])
  })
})

describe('the mirror’s columns', () => {
  const card = (id: string, stageId: string, rank: string) =>
    makeContact({ id: id as ContactId, stageId: stageId as StageId, rank })
  const ids = (mirror: WorkspaceMirror) =>
    Object.fromEntries([...mirror.columns].map(([stage, cards]) => [stage, cards.map((c) => c.id)]))
  const start = () =>
    mirrorFromSnapshot({
      version: 1,
      stages,
      communities: [],
      contacts: [card('x2', 'x', 'a2'), card('y1', 'y', 'a1'), card('x1', 'x', 'a1')],
      total: 3,
      complete: true,
      ...emptyHabitParts(),
    })

  it('holds each stage’s contacts by rank from the snapshot on', () => {
    expect(ids(start())).toEqual({ x: ['x1', 'x2'], y: ['y1'] })
  })

  it('follows the deltas, and keeps the array of a stage they did not touch', () => {
    const mirror = start()
    const next = applied(mirror, delta({ version: 2, contacts: [card('x2', 'x', 'a0')], removedContactIds: ['x1'] }))

    expect(ids(next)).toEqual({ x: ['x2'], y: ['y1'] })
    expect(next.columns.get('y')).toBe(mirror.columns.get('y'))
    expect(ids(mirror)).toEqual({ x: ['x1', 'x2'], y: ['y1'] })
  })
})
