import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { readContact, readGoal } from '../../../../shared/schema/readRecords'
import { scalar, toSet } from '../../../../shared/schema/scalar'
import type { GoalRecord } from '../../../../shared/schema/workspaceDoc'
import { contactRecordIn, makeGoal, makeWorkspace, testNow, withContact } from '../../../helpers/factories'

describe('readContact', () => {
  it('carries the latest interaction time it is given', () => {
    const doc = withContact(makeWorkspace(), { id: 'contact-ada', firstName: 'Ada' })

    expect(readContact('contact-ada', contactRecordIn(doc, 'contact-ada')!, testNow - 5).lastInteractionAt).toBe(
      testNow - 5,
    )
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
        stageId: null,
        archived: false,
        createdAt: testNow,
        ...partial,
      },
    }).goal

  it('reads a stored goal as plain values, its interaction types sorted', () => {
    expect(readGoal('goal-1', stored({}))).toEqual(makeGoal({ interactionTypes: ['call', 'message'] }))
  })

  it('reads the stage a goal counts in, when it has one', () => {
    expect(readGoal('goal-1', stored({ stageId: scalar('stage-champion') })).stageId).toBe('stage-champion')
  })
})
