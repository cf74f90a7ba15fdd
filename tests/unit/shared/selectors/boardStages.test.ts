import { describe, expect, it } from 'vitest'
import type { StageId } from '../../../../shared/domain/ids'
import { boardStages } from '../../../../shared/selectors/boardStages'
import { makeStage } from '../../../helpers/factories'

const stage = (id: string, rank: string, archived = false) => makeStage({ id: id as StageId, name: id, rank, archived })

describe('boardStages', () => {
  it('gives the active stages in board order, dropping archived ones', () => {
    const stages = [stage('later', 'a2'), stage('gone', 'a1', true), stage('first', 'a0'), stage('tied', 'a2')]

    expect(boardStages(stages).map((s) => s.id)).toEqual(['first', 'later', 'tied'])
  })

  it('reads any iterable, such as a map’s values, and leaves the input as it was', () => {
    const stages = [stage('second', 'a1'), stage('first', 'a0')]
    const byId = new Map(stages.map((s) => [s.id, s]))

    expect(boardStages(byId.values()).map((s) => s.id)).toEqual(['first', 'second'])
    expect(stages.map((s) => s.id)).toEqual(['second', 'first'])
  })
})
