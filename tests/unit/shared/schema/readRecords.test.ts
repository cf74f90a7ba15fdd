import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { readContact, readGoal, readSettings } from '../../../../shared/schema/readRecords'
import { scalar, toSet } from '../../../../shared/schema/scalar'
import type { GoalRecord } from '../../../../shared/schema/workspaceDoc'
import { contactRecordIn, makeGoal, makeWorkspace, testNow, withContact } from '../../../helpers/factories'

describe('readContact', () => {
  it('carries the latest interaction time it is given when the record stores none (an older build wrote it)', () => {
    const doc = withContact(makeWorkspace(), { id: 'contact-ada', firstName: 'Ada' })

    expect(readContact('contact-ada', contactRecordIn(doc, 'contact-ada')!, testNow - 5).lastInteractionAt).toBe(
      testNow - 5,
    )
  })
})

describe('readContact with the newer fields', () => {
  const record = () =>
    contactRecordIn(withContact(makeWorkspace(), { id: 'contact-ada', firstName: 'Ada' }), 'contact-ada')!

  it('prefers the stored latest touch, even a stored null, to the one it is given', () => {
    expect(readContact('contact-ada', { ...record(), lastInteractionAt: testNow - 9 }, testNow).lastInteractionAt).toBe(
      testNow - 9,
    )
    expect(readContact('contact-ada', { ...record(), lastInteractionAt: null }, testNow).lastInteractionAt).toBeNull()
  })

  it('reads a snooze, a dismissal and the time it entered its stage, and null when they are left out', () => {
    const stored = { ...record(), snoozedUntil: testNow + 1, dismissedUntil: testNow + 2, stageEnteredAt: testNow - 3 }
    const { stageEnteredAt: _entered, ...older } = record()

    expect(readContact('contact-ada', stored, null)).toMatchObject({
      snoozedUntil: testNow + 1,
      dismissedUntil: testNow + 2,
      stageEnteredAt: testNow - 3,
    })
    expect(readContact('contact-ada', older, null)).toMatchObject({
      snoozedUntil: null,
      dismissedUntil: null,
      stageEnteredAt: null,
    })
  })
})

describe('readSettings', () => {
  it('reads a missing settings record, or a week start it does not know, as following the locale', () => {
    expect(readSettings(undefined)).toEqual({ weekStart: null })
    expect(readSettings({ weekStart: 3 })).toEqual({ weekStart: null })
  })

  it('reads the day the week starts on', () => {
    expect(readSettings({ weekStart: 1 })).toEqual({ weekStart: 1 })
  })
})

describe('readGoal', () => {
  const stored = (partial: Partial<GoalRecord>) =>
    Automerge.from<{ goal: GoalRecord }>({
      goal: {
        title: scalar('Reach out to 3 people a week'),
        target: 3,
        period: scalar('week'),
        interactionTypes: toSet(['message', 'call']),
        archived: false,
        createdAt: testNow,
        ...partial,
      },
    }).goal

  it('reads a stored goal as plain values, its interaction types sorted', () => {
    expect(readGoal('goal-1', stored({}))).toEqual(makeGoal({ interactionTypes: ['call', 'message'] }))
  })

  it('reads the one stage a goal of an older build counts in as its stages', () => {
    expect(readGoal('goal-1', stored({ stageId: scalar('stage-champion') })).stageIds).toEqual(['stage-champion'])
  })

  it('reads a goal of an older build that counts any stage with no restrictions and counting interactions', () => {
    expect(readGoal('goal-1', stored({}))).toMatchObject({
      stageIds: [],
      tags: [],
      communityIds: [],
      distinctContacts: false,
    })
  })

  it('reads the stages, tags, communities and distinct counting of a goal of this build', () => {
    const goal = readGoal(
      'goal-1',
      stored({
        stageIds: toSet(['stage-b', 'stage-a']),
        tags: toSet(['mentor']),
        communityIds: toSet(['community-1']),
        distinctContacts: true,
      }),
    )

    expect(goal).toMatchObject({
      stageIds: ['stage-a', 'stage-b'],
      tags: ['mentor'],
      communityIds: ['community-1'],
      distinctContacts: true,
    })
  })
})
