import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react'
import type { Contact } from '../../../shared/domain'
import type { ColumnHandle } from './BoardContext'
import { rowAtOffset } from './boardMetrics'
import { cardKeyAction, neighbourStage, nextCardPosition } from './boardNavigation'
import type { Neighbour } from './dropPosition'
import { focusBelongsToCard } from './focusBelongsToCard'
import type { BoardModel } from './useBoardModel'
import type { HabitAction } from '../contact/habitRequest'

type Options = {
  model: BoardModel
  columns: RefObject<Map<string, ColumnHandle>>
  root: RefObject<HTMLElement | null>
  /** True while a drag is under way: then the arrows belong to the drag. */
  dragging: RefObject<boolean>
  open: (contact: Contact) => void
  /** Opens the card's menu at a point of the screen. */
  openMenu: (contact: Contact, at: { x: number; y: number }) => void
  /** Starts "Merge with…" for the card. */
  mergeWith: (contact: Contact) => void
  /** Opens the quick "Log interaction" window for the card's contact. */
  logInteraction: (contact: Contact) => void
  /** Opens the card's contact on its snooze choices or its "Remind me…" form. */
  openHabitAction: (contact: Contact, action: HabitAction) => void
}

const maxFrames = 30

/**
 * Keyboard use of the board's cards: arrows move focus, Enter opens, Alt+arrows or [ ] move the card a
 * stage, the menu key or Shift+F10 opens its menu, M merges it with another contact, L logs an interaction, S snoozes, R adds a reminder.
 */
export const useCardKeys = ({
  model,
  columns,
  root,
  dragging,
  open,
  openMenu,
  mergeWith,
  logInteraction,
  openHabitAction,
}: Options) => {
  const latest = useRef(model)
  useLayoutEffect(() => {
    latest.current = model
  })

  /**
   * Brings a card into view (in `inStage` when it is on its way there), then focuses it: at once
   * when it is on screen, else over the next frames as the column renders it.
   */
  const focusCard = useCallback(
    (id: string, inStage?: string) => {
      let frames = 0
      let scrolled: string | null = null
      const attempt = (): boolean => {
        const { stages, columns: cards } = latest.current
        const stage = stages.find((s) => (!inStage || s.id === inStage) && cards.get(s.id)?.some((c) => c.id === id))
        const handle = stage && columns.current.get(stage.id)
        if (!stage || !handle) return false
        if (scrolled !== stage.id) {
          handle.scrollToIndex(cards.get(stage.id)!.findIndex((c) => c.id === id))
          scrolled = stage.id
        }
        const element = root.current?.querySelector<HTMLElement>(`[data-contact-id="${CSS.escape(id)}"]`)
        if (!element || element.closest('[role="list"]') !== handle.list()) return false
        element.focus({ preventScroll: true })
        return true
      }
      const retry = () => {
        if (!attempt() && ++frames < maxFrames) requestAnimationFrame(retry)
      }
      if (!attempt()) requestAnimationFrame(retry)
    },
    [columns, root],
  )

  /**
   * Moves a card. When the core refuses, the card goes back to the stage it was in, and focus with it (once it is
   * drawn there again), as long as focus was on the card or was lost with it.
   */
  const moveCard = useCallback(
    (contact: Contact, stageId: string, neighbour: Neighbour) => {
      const from = contact.stageId
      void latest.current.moveCard(contact, stageId, neighbour).then((moved) => {
        if (!moved && focusBelongsToCard(document.activeElement, document.body, contact.id)) focusCard(contact.id, from)
      })
    },
    [focusCard],
  )

  const onCardKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>, contact: Contact) => {
      if (dragging.current) return
      const action = cardKeyAction(event)
      if (!action) return
      event.preventDefault()
      if (action.type === 'open') return open(contact)
      if (action.type === 'merge') return mergeWith(contact)
      if (action.type === 'log') return logInteraction(contact)
      if (action.type === 'snooze' || action.type === 'remind') return openHabitAction(contact, action.type)
      if (action.type === 'menu') {
        const box = event.currentTarget.getBoundingClientRect()
        return openMenu(contact, { x: box.left + box.width / 2, y: box.bottom })
      }
      const { stages, columns: cards } = latest.current
      const column = stages.findIndex((s) => s.id === contact.stageId)
      if (column === -1) return
      if (action.type === 'move') {
        const target = neighbourStage(stages.length, column, action.step)
        if (target === null) return
        moveCard(contact, stages[target].id, {})
        return focusCard(contact.id, stages[target].id)
      }
      const row = (cards.get(contact.stageId) ?? []).findIndex((c) => c.id === contact.id)
      const cardBox = event.currentTarget.getBoundingClientRect()
      const rowNear = (index: number) => {
        const list = columns.current.get(stages[index].id)?.list()
        return list ? rowAtOffset(cardBox.top + cardBox.height / 2 - list.getBoundingClientRect().top) : row
      }
      const lengths = stages.map((s) => cards.get(s.id)?.length ?? 0)
      const next = nextCardPosition(lengths, { column, row }, action.direction, rowNear)
      if (next) focusCard(cards.get(stages[next.column].id)![next.row].id)
    },
    [columns, dragging, focusCard, moveCard, open, openMenu, mergeWith, logInteraction, openHabitAction],
  )

  return { focusCard, moveCard, onCardKeyDown }
}
