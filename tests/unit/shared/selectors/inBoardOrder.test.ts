import { describe, expect, it } from 'vitest'
import type { ContactId, StageId } from '../../../../shared/domain/ids'
import { inBoardOrder } from '../../../../shared/selectors/inBoardOrder'
import { makeContact, makeStage } from '../../../helpers/factories'

const first = makeStage({ id: 'first' as StageId, rank: 'a0' })
const second = makeStage({ id: 'second' as StageId, rank: 'a1' })

const card = (id: string, stageId: string, rank: string) =>
  makeContact({ id: id as ContactId, stageId: stageId as StageId, rank })

describe('inBoardOrder', () => {
  it('orders contacts by their stage’s place on the board, then by rank within it', () => {
    const contacts = [card('s2-a', 'second', 'a0'), card('s1-b', 'first', 'a5'), card('s1-a', 'first', 'a1')]

    expect(inBoardOrder(contacts, [second, first]).map((c) => c.id)).toEqual(['s1-a', 's1-b', 's2-a'])
  })

  it('puts contacts of a stage it was not given last', () => {
    const contacts = [card('lost', 'gone', 'a0'), card('kept', 'second', 'a9')]

    expect(inBoardOrder(contacts, [first, second]).map((c) => c.id)).toEqual(['kept', 'lost'])
  })
})
