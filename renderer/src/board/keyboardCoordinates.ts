import type { ClientRect, KeyboardCoordinateGetter } from '@dnd-kit/core'
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable'
import { centreX, kindOf } from './boardCollision'
import { rowHeight } from './boardMetrics'

/** Keyboard dragging: a card steps one row up or down, or to the next column left or right; stages sort. */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { context, currentCoordinates } = args
  if (context.active && kindOf(context.active) === 'stage') return sortableKeyboardCoordinates(event, args)
  const rect = context.collisionRect
  if (!rect) return undefined
  switch (event.code) {
    case 'ArrowDown':
      return { ...currentCoordinates, y: currentCoordinates.y + rowHeight }
    case 'ArrowUp':
      return { ...currentCoordinates, y: currentCoordinates.y - rowHeight }
    case 'ArrowLeft':
    case 'ArrowRight': {
      const x = currentCoordinates.x + rect.width / 2
      const columns = context.droppableContainers
        .getEnabled()
        .filter((c) => kindOf(c) === 'column')
        .map((c) => context.droppableRects.get(c.id))
        .filter((r): r is ClientRect => Boolean(r))
        .sort((a, b) => a.left - b.left)
      const next = event.code === 'ArrowRight' ? columns.find((r) => r.left > x) : columns.findLast((r) => r.right < x)
      return next ? { ...currentCoordinates, x: centreX(next) - rect.width / 2 } : undefined
    }
    default:
      return undefined
  }
}
