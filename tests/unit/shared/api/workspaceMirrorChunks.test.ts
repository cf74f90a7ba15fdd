import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { WorkspaceChunk, WorkspaceDelta, WorkspaceSnapshot } from '../../../../shared/api/contract'
import {
  applyChunk,
  applyDelta,
  mirrorFromSnapshot,
  type WorkspaceMirror,
} from '../../../../shared/api/workspaceMirror'
import type { Contact, ContactId, StageId } from '../../../../shared/domain'
import { emptyHabitParts, makeContact, makeStage, unchangedParts } from '../../../helpers/factories'

const stages = [makeStage()]
const card = (id: string, stageId = 'x', rank = 'a0', partial: Partial<Contact> = {}) =>
  makeContact({ id: id as ContactId, stageId: stageId as StageId, rank, ...partial })

const snapshot = (version: number, contacts: Contact[], total = contacts.length): WorkspaceSnapshot => ({
  version,
  stages,
  communities: [],
  contacts,
  total,
  complete: contacts.length === total,
  ...emptyHabitParts(),
})
const delta = (version: number, contacts: Contact[], removedContactIds: string[] = []): WorkspaceDelta => ({
  version,
  contacts,
  removedContactIds,
  ...unchangedParts(),
})
const chunk = (version: number, contacts: Contact[], done = false): WorkspaceChunk => ({ version, contacts, done })

const applied = (mirror: WorkspaceMirror, event: WorkspaceDelta | WorkspaceChunk): WorkspaceMirror => {
  const next = 'done' in event ? applyChunk(mirror, event) : applyDelta(mirror, event)
  if (next === 'stale') throw new Error('test expected the delta to apply')
  return next
}

/** What a mirror shows, independent of the order contacts came in. */
const shown = (mirror: WorkspaceMirror) => ({
  version: mirror.version,
  contacts: [...mirror.contacts.values()].sort((a, b) => a.id.localeCompare(b.id)),
  columns: Object.fromEntries([...mirror.columns].map(([stage, cards]) => [stage, cards.map((c) => c.id)])),
  loading: mirror.loading,
})

describe('a mirror started from the first part of a snapshot', () => {
  const ada = card('ada', 'x', 'a1')
  const bob = card('bob', 'x', 'a2')
  const cy = card('cy', 'y', 'a1')

  it('says how many contacts have come of how many, until the last chunk', () => {
    const start = mirrorFromSnapshot(snapshot(4, [ada], 3))
    expect(start.loading).toMatchObject({ received: 1, total: 3 })

    const half = applied(start, chunk(4, [bob]))
    expect(half.loading).toMatchObject({ received: 2, total: 3 })

    const whole = applied(half, chunk(4, [cy], true))
    expect(whole.loading).toBeNull()
    expect(shown(whole).columns).toEqual({ x: ['ada', 'bob'], y: ['cy'] })
  })

  it('keeps a contact a delta changed before its chunk came', () => {
    const renamed = { ...bob, firstName: 'Robert' }
    const mirror = applied(mirrorFromSnapshot(snapshot(4, [ada], 3)), delta(5, [renamed]))

    const loaded = applied(mirror, chunk(4, [bob, cy], true))

    expect(loaded.contacts.get('bob')).toEqual(renamed)
  })

  it('does not bring back a contact a delta removed before its chunk came', () => {
    const mirror = applied(mirrorFromSnapshot(snapshot(4, [ada], 3)), delta(5, [], ['bob']))

    const loaded = applied(mirror, chunk(4, [bob, cy], true))

    expect([...loaded.contacts.keys()].sort()).toEqual(['ada', 'cy'])
    expect(shown(loaded).columns).toEqual({ x: ['ada'], y: ['cy'] })
  })

  it('ignores a chunk of another snapshot, and chunks once a complete snapshot replaced it', () => {
    const loading = mirrorFromSnapshot(snapshot(4, [ada], 3))
    expect(applied(loading, chunk(3, [bob]))).toBe(loading)

    const complete = mirrorFromSnapshot(snapshot(6, [ada, bob]))
    expect(applied(complete, chunk(4, [cy], true))).toBe(complete)
  })

  it('always ends as the whole snapshot with the same deltas applied, however chunks and deltas interleave', () => {
    const operation = fc.record({
      kind: fc.constantFrom('update', 'remove', 'create'),
      pick: fc.nat(),
      stage: fc.constantFrom('x', 'y', 'z'),
      rank: fc.constantFrom('a0', 'a1', 'a2', 'a3'),
      archived: fc.boolean(),
    })
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(operation, { maxLength: 20 }),
        fc.array(fc.boolean(), { maxLength: 40 }),
        (size, inHead, chunkLength, operations, deltaFirst) => {
          const all = Array.from({ length: size }, (_, i) =>
            card(`c${i}`, ['x', 'y', 'z'][i % 3], `a${i % 4}`, { archived: i % 7 === 6 }),
          )
          const head = all.filter((_, i) => inHead[i])
          const rest = all.filter((_, i) => !inHead[i])
          const chunks: WorkspaceChunk[] = []
          for (let i = 0; i < rest.length; i += chunkLength) {
            chunks.push(chunk(10, rest.slice(i, i + chunkLength), i + chunkLength >= rest.length))
          }
          if (chunks.length === 0) chunks.push(chunk(10, [], true))

          // Deltas as the core would send them, from the whole snapshot on.
          const truth = new Map(all.map((c) => [c.id as string, c]))
          const deltas = operations.map((op, i) => {
            const ids = [...truth.keys()]
            const version = 11 + i
            if (op.kind === 'create' || ids.length === 0) {
              const id = op.pick % 3 === 0 ? `c${op.pick % size}` : `new${i}`
              const created = card(id, op.stage, op.rank, { archived: op.archived, firstName: `v${version}` })
              truth.set(id, created)
              return delta(version, [created])
            }
            const id = ids[op.pick % ids.length]
            if (op.kind === 'remove') {
              truth.delete(id)
              return delta(version, [], [id])
            }
            const updated = { ...(truth.get(id) as Contact), stageId: op.stage as StageId, rank: op.rank }
            truth.set(id, { ...updated, archived: op.archived })
            return delta(version, [truth.get(id) as Contact])
          })

          let expected = mirrorFromSnapshot(snapshot(10, all))
          for (const d of deltas) expected = applied(expected, d)

          let mirror = mirrorFromSnapshot(snapshot(10, head, size))
          const pendingChunks = [...chunks]
          const pendingDeltas = [...deltas]
          let turn = 0
          while (pendingChunks.length > 0 || pendingDeltas.length > 0) {
            const takeDelta = pendingChunks.length === 0 || (pendingDeltas.length > 0 && deltaFirst[turn++])
            mirror = applied(mirror, (takeDelta ? pendingDeltas.shift() : pendingChunks.shift()) as WorkspaceDelta)
          }

          expect(shown(mirror)).toEqual(shown(expected))
        },
      ),
      { numRuns: 300 },
    )
  })
})
