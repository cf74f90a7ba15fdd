import {
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type ClientRect,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core'
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import type { Contact } from '../../../shared/domain'
import { boardKeyboardCoordinates } from './keyboardCoordinates'
import type { ColumnHandle } from './BoardContext'
import { dropNeighbours, insertionIndex, sortedDropNeighbour, type Neighbour } from './dropPosition'
import type { BoardModel } from './useBoardModel'

/** What is being dragged: a card (from which stage, over where), or a stage. */
export type BoardDrag =
  | { kind: 'card'; contact: Contact; from: string; over: DropTarget | null; byKeyboard: boolean }
  | { kind: 'stage'; stageId: string }
  | null

/** Where a dragged card would land. */
export type DropTarget = { stageId: string; index: number }

type Options = {
  model: BoardModel
  columns: RefObject<Map<string, ColumnHandle>>
  focusCard: (id: string, inStage?: string) => void
  /** Moves a card (and brings focus back with it if the core refuses). */
  moveCard: (contact: Contact, stageId: string, neighbour: Neighbour) => void
}

const sameTarget = (a: DropTarget | null, b: DropTarget | null) =>
  a === b || (a !== null && b !== null && a.stageId === b.stageId && a.index === b.index)

/** Dragging on the board: sensors, the drop target as the card moves, and the moves on drop. */
export const useBoardDrag = ({ model, columns, focusCard, moveCard }: Options) => {
  const [drag, setDrag] = useState<BoardDrag>(null)
  const latest = useRef({ model, drag })
  useLayoutEffect(() => {
    latest.current = { model, drag }
  })
  const lastRect = useRef<ClientRect | null>(null)
  const overStage = useRef<string | null>(null)

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: boardKeyboardCoordinates,
      // Enter opens a card, so only Space picks one up; Space or Enter drops it.
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  )

  const targetFor = useCallback(
    (stageId: string | null, rect: ClientRect | null): DropTarget | null => {
      const current = latest.current.drag
      const list = stageId ? columns.current.get(stageId)?.list() : null
      if (!stageId || !rect || !list || current?.kind !== 'card') return null
      const cards = latest.current.model.columns.get(stageId) ?? []
      const count = cards.length - (stageId === current.from && cards.some((c) => c.id === current.contact.id) ? 1 : 0)
      return { stageId, index: insertionIndex(rect.top + rect.height / 2 - list.getBoundingClientRect().top, count) }
    },
    [columns],
  )

  const retarget = useCallback(() => {
    const over = targetFor(overStage.current, lastRect.current)
    setDrag((current) => (current?.kind === 'card' && !sameTarget(current.over, over) ? { ...current, over } : current))
  }, [targetFor])

  // A column scrolling under a still pointer (auto-scroll) moves the drop point too.
  const dragging = drag?.kind === 'card'
  useEffect(() => {
    if (!dragging) return
    document.addEventListener('scroll', retarget, { capture: true, passive: true })
    return () => document.removeEventListener('scroll', retarget, { capture: true })
  }, [dragging, retarget])

  const onDragStart = useCallback(({ active, activatorEvent }: DragStartEvent) => {
    const data = active.data.current
    if (data?.type === 'stage') return setDrag({ kind: 'stage', stageId: String(active.id) })
    const contact = data?.contact as Contact | undefined
    if (!contact) return
    const index = (latest.current.model.columns.get(contact.stageId) ?? []).findIndex((c) => c.id === contact.id)
    overStage.current = contact.stageId
    lastRect.current = active.rect.current.initial
    setDrag({
      kind: 'card',
      contact,
      from: contact.stageId,
      over: { stageId: contact.stageId, index: Math.max(index, 0) },
      byKeyboard: activatorEvent instanceof KeyboardEvent,
    })
  }, [])

  const onDragMove = useCallback(
    ({ active, over }: DragMoveEvent) => {
      if (active.data.current?.type === 'stage') return
      overStage.current = (over?.data.current?.stageId as string | undefined) ?? null
      lastRect.current = active.rect.current.translated
      retarget()
    },
    [retarget],
  )

  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      const { drag, model } = latest.current
      setDrag(null)
      if (drag?.kind === 'stage' && over) {
        const stage = model.stages.find((s) => s.id === active.id)
        const ids = model.stages.map((s) => s.id as string)
        const neighbour = sortedDropNeighbour(ids, String(active.id), String(over.id))
        if (stage && neighbour) model.reorderStage(stage, neighbour)
      }
      if (drag?.kind === 'card' && drag.over) {
        const column = model.columns.get(drag.over.stageId) ?? []
        const neighbour = dropNeighbours(column, drag.contact.id, drag.over.index)
        if (neighbour) moveCard(drag.contact, drag.over.stageId, neighbour)
        if (drag.byKeyboard) focusCard(drag.contact.id, drag.over.stageId)
      }
    },
    [focusCard, moveCard],
  )

  const onDragCancel = useCallback(() => {
    const { drag } = latest.current
    setDrag(null)
    if (drag?.kind === 'card' && drag.byKeyboard) focusCard(drag.contact.id)
  }, [focusCard])

  return {
    drag,
    sensors,
    handlers: { onDragStart, onDragMove, onDragOver: onDragMove, onDragEnd, onDragCancel },
  }
}
