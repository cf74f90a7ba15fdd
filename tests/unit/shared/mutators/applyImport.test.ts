import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId } from '../../../../shared/domain/ids'
import { applyImport, type ImportCreate, type ImportUpdate } from '../../../../shared/mutators/applyImport'
import { updateContact } from '../../../../shared/mutators/updateContact'
import { moveContactToStage } from '../../../../shared/mutators/moveContactToStage'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { contactIdsIn, contactIn, makeWorkspace, stageIds, testNow, withContact } from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const ada = 'contact-ada' as ContactId
const later = testNow + 60_000

const withAda = () =>
  withContact(makeWorkspace(), {
    id: ada,
    firstName: 'Ada',
    company: 'Analytical Engines',
    position: 'Analyst',
    notes: 'Met at the salon',
    tags: ['maths'],
    sources: ['manual'],
    stageId: stageIds.champion,
    rank: 'a3',
  })

const grace: ImportCreate = {
  id: 'contact-grace' as ContactId,
  fields: { firstName: 'Grace', lastName: 'Hopper', company: 'Navy', tags: ['imported'], notes: 'From the file' },
  sources: ['linkedin'],
  stageId: stageIds.connected,
  rank: 'a0',
}
const adaMoves: ImportUpdate = { id: ada, fields: { company: 'Royal Society' }, addSources: ['linkedin'] }

const importInto = (doc: Automerge.Doc<WorkspaceDoc>, creates: ImportCreate[], updates: ImportUpdate[]) =>
  Automerge.change(doc, (d) => applyImport(d, { creates, updates, now: later }))

describe('applyImport', () => {
  it('creates new contacts and updates matched ones, in one change', () => {
    const before = withAda()

    const after = importInto(before, [grace], [adaMoves])

    expect(contactIn(after, grace.id)).toMatchObject({
      firstName: 'Grace',
      company: 'Navy',
      tags: ['imported'],
      notes: 'From the file',
      sources: ['linkedin'],
      stageId: stageIds.connected,
      rank: 'a0',
      createdAt: later,
    })
    expect(contactIn(after, ada)).toEqual({
      ...contactIn(before, ada),
      company: 'Royal Society',
      sources: ['linkedin', 'manual'],
      updatedAt: later,
    })
    expect(Automerge.getChanges(before, after)).toHaveLength(1)
  })

  it('adds a source without touching updatedAt when no field changes', () => {
    const after = importInto(withAda(), [], [{ id: ada, fields: {}, addSources: ['google'] }])

    expect(contactIn(after, ada)).toMatchObject({ sources: ['google', 'manual'], updatedAt: testNow })
  })

  it('writes nothing when any step fails', () => {
    const before = withAda()

    expectRapportError(
      () => importInto(before, [grace], [{ id: 'ghost' as ContactId, fields: { company: 'X' }, addSources: [] }]),
      'not_found',
    )
    expectRapportError(() => importInto(before, [grace, { ...grace }], []), 'conflict')

    expect(contactIdsIn(before)).toEqual([ada])
  })

  it('converges with a concurrent edit of the notes and a move of the same contact on another device', () => {
    const { laptop, phone } = forkReplicas(withAda())
    const imported = importInto(laptop, [grace], [adaMoves])
    const edited = Automerge.change(phone, (d) => {
      updateContact(d, { id: ada, fields: { notes: 'Met at the salon, twice' }, now: later })
      moveContactToStage(d, { id: ada, stageId: stageIds.collaborating, rank: 'a1', now: later })
    })

    const merged = expectConvergence(imported, edited)

    expect(contactIn(merged, ada)).toMatchObject({
      company: 'Royal Society',
      notes: 'Met at the salon, twice',
      stageId: stageIds.collaborating,
      sources: ['linkedin', 'manual'],
    })
    expect(contactIdsIn(merged)).toEqual([ada, grace.id])
  })
})
