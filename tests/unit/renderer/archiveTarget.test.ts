import { describe, expect, it } from 'vitest'
import type { StageId } from '../../../shared/domain'
import { defaultArchiveTarget } from '../../../renderer/src/board/archiveTarget'
import { makeStage } from '../../helpers/factories'

const stages = ['connected', 'reached', 'talking'].map((id) => makeStage({ id: id as StageId, name: id }))

describe('defaultArchiveTarget', () => {
  it('is the column before the archived one', () => {
    expect(defaultArchiveTarget(stages, 'talking')?.id).toBe('reached')
  })

  it('is the next column when the first is archived', () => {
    expect(defaultArchiveTarget(stages, 'connected')?.id).toBe('reached')
  })

  it('is nothing when there is no other stage', () => {
    expect(defaultArchiveTarget(stages.slice(0, 1), 'connected')).toBeUndefined()
  })
})
