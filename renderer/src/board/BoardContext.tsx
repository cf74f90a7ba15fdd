import { createContext, useContext, type KeyboardEvent } from 'react'
import type { Contact, Stage } from '../../../shared/domain'

/** What the board needs from a mounted column: its list element, and a way to bring a row into view. */
export type ColumnHandle = { list: () => HTMLElement | null; scrollToIndex: (index: number) => void }

/** What cards and columns ask of the board. Stable for the board's life, so cards do not re-render. */
export type BoardActions = {
  openCard: (contact: Contact) => void
  /** Opens a card's menu (right click) at a point of the screen. */
  openCardMenu: (contact: Contact, at: { x: number; y: number }) => void
  addCard: (stage: Stage) => void
  onCardKeyDown: (event: KeyboardEvent<HTMLElement>, contact: Contact) => void
  registerColumn: (stageId: string, handle: ColumnHandle | null) => void
}

const BoardContext = createContext<BoardActions | null>(null)

/** Gives cards and columns the board's actions. */
export const BoardActionsProvider = BoardContext.Provider

/** The board's actions, for cards and columns. */
export const useBoardActions = (): BoardActions => {
  const actions = useContext(BoardContext)
  if (!actions) throw new Error('useBoardActions needs a <BoardActionsProvider> above it.')
  return actions
}
