import type { ClientRect, CollisionDetection, DroppableContainer } from '@dnd-kit/core'
import { closestCenter } from '@dnd-kit/core'

/** The kinds of things dragged and dropped on the board. */
export type DragKind = 'card' | 'stage' | 'column'

/** The kind a draggable or droppable was registered with. */
export const kindOf = (container: { data: { current?: Record<string, unknown> | null } }): unknown =>
  container.data.current?.type

/** The horizontal middle of a rectangle. */
export const centreX = (rect: ClientRect): number => rect.left + rect.width / 2

/** How far a point lies outside a rectangle, horizontally (0 when within). */
export const horizontalDistance = (x: number, rect: Pick<ClientRect, 'left' | 'right'>): number =>
  x < rect.left ? rect.left - x : x > rect.right ? x - rect.right : 0

/**
 * Stages sort by their centres; a card always lands in the column nearest the pointer (or, when
 * dragged by keyboard, the card's centre), judged horizontally only: columns are as tall as the
 * board, and where in the column is worked out from the card's height, not from droppables.
 */
export const boardCollision: CollisionDetection = (args) => {
  const wanted: DragKind = kindOf(args.active) === 'stage' ? 'stage' : 'column'
  const containers = args.droppableContainers.filter((c) => kindOf(c) === wanted)
  if (wanted === 'stage') return closestCenter({ ...args, droppableContainers: containers })
  const x = args.pointerCoordinates?.x ?? centreX(args.collisionRect)
  let best: DroppableContainer | null = null
  let bestDistance = Infinity
  for (const container of containers) {
    const rect = args.droppableRects.get(container.id)
    if (!rect) continue
    const distance = horizontalDistance(x, rect)
    if (distance < bestDistance) [best, bestDistance] = [container, distance]
  }
  return best ? [{ id: best.id, data: { droppableContainer: best, value: bestDistance } }] : []
}
