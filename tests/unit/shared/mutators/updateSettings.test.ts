import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { WeekStart } from '../../../../shared/domain/types'
import { addHabitRecords } from '../../../../shared/mutators/addHabitRecords'
import { updateSettings } from '../../../../shared/mutators/updateSettings'
import { readSettings } from '../../../../shared/schema/readRecords'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { makeWorkspace } from '../../../helpers/factories'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const set = (doc: Automerge.Doc<WorkspaceDoc>, weekStart: WeekStart | null) =>
  Automerge.change(doc, (d) => updateSettings(d, { fields: { weekStart } }))

describe('updateSettings', () => {
  it('sets the day weeks start on, and follows the locale again with null', () => {
    const monday = set(makeWorkspace(), 1)

    expect(readSettings(monday.settings)).toEqual({ weekStart: 1 })
    expect(readSettings(set(Automerge.clone(monday), null).settings)).toEqual({ weekStart: null })
  })

  it('adds the settings to a workspace of an older build that has none', () => {
    const older = Automerge.change(makeWorkspace(), (d) => {
      delete d.settings
    })

    expect(readSettings(set(older, 6).settings)).toEqual({ weekStart: 6 })
  })

  it('keeps one week start, the same on both, when two devices set different ones concurrently', () => {
    const { laptop, phone } = forkReplicas(makeWorkspace())

    const merged = expectConvergence(set(laptop, 0), set(phone, 1))

    expect([0, 1]).toContain(readSettings(merged.settings).weekStart)
  })
})

describe('addHabitRecords', () => {
  it('adds the reminders map and the settings to a workspace of an older build, and leaves a new one as it is', () => {
    const fresh = makeWorkspace()
    const older = Automerge.change(makeWorkspace(), (d) => {
      delete d.reminders
      delete d.settings
    })

    const added = Automerge.change(older, addHabitRecords)

    expect(added).toMatchObject({ reminders: {}, settings: {} })
    expect(Automerge.getHeads(Automerge.change(Automerge.clone(fresh), addHabitRecords))).toEqual(
      Automerge.getHeads(fresh),
    )
  })

  it('gives the same document whichever order two devices’ additions merge in', () => {
    const older = Automerge.change(makeWorkspace(), (d) => {
      delete d.reminders
    })
    const { laptop, phone } = forkReplicas(older)

    const merged = expectConvergence(
      Automerge.change(laptop, addHabitRecords),
      Automerge.change(phone, addHabitRecords),
    )

    expect(merged.reminders).toEqual({})
  })
})
