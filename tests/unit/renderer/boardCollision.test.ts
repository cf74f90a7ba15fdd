import type { CollisionDetection } from '@dnd-kit/core'
import { describe, expect, it } from 'vitest'
import { boardCollision, horizontalDistance } from '../../../renderer/src/board/boardCollision'

type Args = Parameters<CollisionDetection>[0]

const rect = (left: number, width = 200) => ({ left, right: left + width, top: 0, bottom: 5000, width, height: 5000 })
const container = (id: string, type: string) => ({ id, data: { current: { type } } })

/** Three columns side by side (0-200, 210-410, 420-620) and one stage header; a card dragged to `x`. */
const dragCardTo = (x: number | null, cardCentre = 0): Args =>
  ({
    active: { id: 'card', data: { current: { type: 'card' } } },
    collisionRect: { left: cardCentre - 100, width: 200, top: 0, height: 88, right: cardCentre + 100, bottom: 88 },
    droppableContainers: [
      container('a', 'column'),
      container('b', 'column'),
      container('c', 'column'),
      container('s', 'stage'),
    ],
    droppableRects: new Map([
      ['a', rect(0)],
      ['b', rect(210)],
      ['c', rect(420)],
      ['s', rect(210)],
    ]),
    pointerCoordinates: x === null ? null : { x, y: 300 },
  }) as unknown as Args

const landsIn = (args: Args) => boardCollision(args)[0]?.id

describe('boardCollision', () => {
  it('drops a card in the column under the pointer, whatever the height', () => {
    expect(landsIn(dragCardTo(300))).toBe('b')
  })

  it('drops a card between columns or past the last in the nearest one', () => {
    expect(landsIn(dragCardTo(207))).toBe('b')
    expect(landsIn(dragCardTo(2000))).toBe('c')
  })

  it('follows the card’s centre when dragged by keyboard', () => {
    expect(landsIn(dragCardTo(null, 500))).toBe('c')
  })
})

describe('horizontalDistance', () => {
  it('is zero within and the gap outside', () => {
    expect(horizontalDistance(50, { left: 0, right: 100 })).toBe(0)
    expect(horizontalDistance(130, { left: 0, right: 100 })).toBe(30)
    expect(horizontalDistance(-5, { left: 0, right: 100 })).toBe(5)
  })
})
