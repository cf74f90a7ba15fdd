import { describe, expect, it } from 'vitest'
import type { ContactId, StageId } from '../../../shared/domain'
import { stageColumns } from '../../../renderer/src/board/stageColumns'
import { makeContact, makeStage } from '../../helpers/factories'

const connected = makeStage({ id: 'connected' as StageId, name: 'Connected', rank: 'a0' })
const champion = makeStage({ id: 'champion' as StageId, name: 'Champion', rank: 'a4' })
const old = makeStage({ id: 'old' as StageId, name: 'Old', rank: 'a2', archived: true })
const contact = (id: string, stageId: StageId, archived = false) =>
  [id, makeContact({ id: id as ContactId, stageId, archived })] as const

describe('stageColumns', () => {
  it('lists the active stages in board order with their active contacts counted', () => {
    const contacts = new Map([
      contact('a', connected.id),
      contact('b', connected.id),
      contact('c', connected.id, true),
      contact('d', champion.id),
      contact('e', old.id),
    ])
    const columns = stageColumns({ stages: [champion, old, connected], contacts })
    expect(columns.map((c) => [c.stage.name, c.count])).toEqual([
      ['Connected', 2],
      ['Champion', 1],
    ])
  })

  it('counts an empty stage as zero', () => {
    expect(stageColumns({ stages: [connected], contacts: new Map() })).toEqual([{ stage: connected, count: 0 }])
  })
})
