import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId, StageId } from '../../../../shared/domain/ids'
import { archiveStage } from '../../../../shared/mutators/archiveStage'
import { archiveContact } from '../../../../shared/mutators/archiveContact'
import { moveContactToStage } from '../../../../shared/mutators/moveContactToStage'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { filterContacts } from '../../../../shared/selectors/filterContacts'
import {
  contactIdsIn,
  contactIn,
  makeWorkspace,
  stageIds,
  stageIn,
  testNow,
  withContact,
} from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const { connected, reachedOut, champion } = stageIds

/** Two cards in Connected (ranks a1, a0), two in Reached out (a0, a5). */
const withBoard = () => {
  let doc = makeWorkspace()
  doc = withContact(doc, { id: 'c-second', stageId: connected, rank: 'a1' })
  doc = withContact(doc, { id: 'c-first', stageId: connected, rank: 'a0' })
  doc = withContact(doc, { id: 'r-first', stageId: reachedOut, rank: 'a0' })
  doc = withContact(doc, { id: 'r-last', stageId: reachedOut, rank: 'a5' })
  return doc
}

const column = (doc: WorkspaceDoc, stageId: StageId) =>
  filterContacts(
    contactIdsIn(doc).map((id) => contactIn(doc, id)),
    { stageId, includeArchived: true },
  ).map((c) => c.id)

const archive = (doc: Automerge.Doc<WorkspaceDoc>, id: StageId, moveContactsTo: StageId, now = testNow + 1_000) => {
  let moved = -1
  const after = Automerge.change(doc, (d) => {
    moved = archiveStage(d, { id, moveContactsTo, now })
  })
  return { after, moved }
}

describe('archiveStage', () => {
  it('moves the stage’s cards, in their order, to the end of the other stage, and says how many', () => {
    const { after, moved } = archive(withBoard(), connected, reachedOut)

    expect(moved).toBe(2)
    expect(column(after, reachedOut)).toEqual(['r-first', 'r-last', 'c-first', 'c-second'])
    expect(column(after, connected)).toEqual([])
    expect(contactIn(after, 'c-first').updatedAt).toBe(testNow + 1_000)
    expect(contactIn(after, 'r-last').updatedAt).toBe(testNow)
  })

  it('records that the moved cards entered the other stage now, and leaves the cards already there as they were', () => {
    const { after } = archive(withBoard(), connected, reachedOut)

    expect(contactIn(after, 'c-first').stageEnteredAt).toBe(testNow + 1_000)
    expect(contactIn(after, 'r-last').stageEnteredAt).toBe(testNow)
  })

  it('archives the stage and keeps its name, colour and rank', () => {
    const before = withBoard()

    const { after } = archive(before, connected, reachedOut)

    expect(stageIn(after, connected)).toEqual({ ...stageIn(before, connected), archived: true })
  })

  it('keeps cards with equal ranks in id order as they move', () => {
    let doc = makeWorkspace()
    doc = withContact(doc, { id: 'tie-b', stageId: connected, rank: 'a0' })
    doc = withContact(doc, { id: 'tie-a', stageId: connected, rank: 'a0' })

    const { after } = archive(doc, connected, reachedOut)

    expect(column(after, reachedOut)).toEqual(['tie-a', 'tie-b'])
    expect(contactIn(after, 'tie-a').rank < contactIn(after, 'tie-b').rank).toBe(true)
  })

  it('moves archived contacts of the stage as well, so none is left behind in it', () => {
    const doc = Automerge.change(withBoard(), (d) =>
      archiveContact(d, { id: 'c-first' as ContactId, archived: true, now: testNow }),
    )

    const { after, moved } = archive(doc, connected, reachedOut)

    expect(moved).toBe(2)
    expect(contactIn(after, 'c-first')).toMatchObject({ stageId: reachedOut, archived: true })
  })

  it('archives an empty stage and moves nothing', () => {
    const before = withBoard()

    const { after, moved } = archive(before, champion, connected)

    expect(moved).toBe(0)
    expect(stageIn(after, champion).archived).toBe(true)
    expect(column(after, connected)).toEqual(['c-first', 'c-second'])
  })

  it('refuses to hand a stage’s cards to itself with bad_request', () => {
    expectRapportError(() => archive(withBoard(), connected, connected), 'bad_request')
  })

  it('refuses an unknown stage or an unknown target with not_found', () => {
    expectRapportError(() => archive(withBoard(), 'nowhere' as StageId, connected), 'not_found')
    expectRapportError(() => archive(withBoard(), connected, 'nowhere' as StageId), 'not_found')
  })

  it('refuses a stage that is already archived, or an archived target, with a conflict and moves nothing', () => {
    const { after: once } = archive(withBoard(), champion, connected)

    expectRapportError(() => archive(once, champion, connected), 'conflict')
    expectRapportError(() => archive(once, connected, champion), 'conflict')
    expect(column(once, connected)).toEqual(['c-first', 'c-second'])
  })

  it('moves every card to one of the two targets, the same on both, when two devices archive the stage into different targets concurrently', () => {
    const { laptop, phone } = forkReplicas(withBoard())

    const merged = expectConvergence(
      archive(laptop, connected, reachedOut).after,
      archive(phone, connected, champion).after,
    )

    expect(stageIn(merged, connected).archived).toBe(true)
    expect(column(merged, connected)).toEqual([])
    const targets = new Set([contactIn(merged, 'c-first').stageId, contactIn(merged, 'c-second').stageId])
    expect([reachedOut, champion]).toEqual(expect.arrayContaining([...targets]))
  })

  it('leaves a card in the archived stage when one device archives the stage while the other moves the card into it (a known gap: the card is off the board until the stage is restored or the card is moved)', () => {
    const { laptop, phone } = forkReplicas(withBoard())
    const archivedOnLaptop = archive(laptop, connected, reachedOut).after
    const movedOnPhone = Automerge.change(phone, (d) =>
      moveContactToStage(d, { id: 'r-last' as ContactId, stageId: connected, rank: 'a2', now: testNow + 2_000 }),
    )

    const merged = expectConvergence(archivedOnLaptop, movedOnPhone)

    expect(stageIn(merged, connected).archived).toBe(true)
    expect(contactIn(merged, 'r-last')).toMatchObject({ stageId: connected, rank: 'a2', archived: false })
    expect(column(merged, connected)).toEqual(['r-last'])
    expect(column(merged, reachedOut)).toEqual(['r-first', 'c-first', 'c-second'])
  })
})
