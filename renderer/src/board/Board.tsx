import { DndContext, DragOverlay, MeasuringStrategy } from '@dnd-kit/core'
import { horizontalListSortingStrategy, SortableContext } from '@dnd-kit/sortable'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { Contact, Stage } from '../../../shared/domain'
import { useContactDrawer } from '../contact/ContactDrawerProvider'
import { useQuickLog } from '../contact/QuickLogProvider'
import { useMergeFlow } from '../merge/MergeFlowProvider'
import { AddStageColumn } from './AddStageColumn'
import { boardAnnouncements } from './boardAnnouncements'
import { boardCollision } from './boardCollision'
import { CardMenu, type CardMenuState } from './CardMenu'
import { BoardActionsProvider, type BoardActions, type ColumnHandle } from './BoardContext'
import { ContactCard } from './ContactCard'
import { StageColumn } from './StageColumn'
import { useBoardDrag } from './useBoardDrag'
import type { BoardModel } from './useBoardModel'
import { useCardKeys } from './useCardKeys'
import { useNow } from './useNow'
import classes from './Board.module.css'
import type { HabitAction } from '../contact/habitRequest'

const noCards: Contact[] = []
const measuring = { droppable: { strategy: MeasuringStrategy.Always } }
const screenReaderInstructions = {
  draggable: 'Press Space to pick this up. Arrow keys carry it, Space or Enter drops it, Escape cancels.',
}

/** The kanban board: a column per active stage, cards dragged within and between them, stages reordered by their headers. */
export const Board = ({ model }: { model: BoardModel }) => {
  const { openContact, newContact } = useContactDrawer()
  const now = useNow()
  const root = useRef<HTMLDivElement>(null)
  const columns = useRef(new Map<string, ColumnHandle>())
  const draggingRef = useRef(false)
  const open = useCallback((contact: Contact) => openContact(contact.id), [openContact])
  const { mergeWith } = useMergeFlow()
  const { logInteractionWith } = useQuickLog()
  const logInteraction = useCallback((contact: Contact) => logInteractionWith(contact.id), [logInteractionWith])
  const openHabitAction = useCallback(
    (contact: Contact, action: HabitAction) => openContact(contact.id, action),
    [openContact],
  )
  const [menu, setMenu] = useState<CardMenuState>(null)
  const openMenu = useCallback((contact: Contact, at: { x: number; y: number }) => setMenu({ contact, ...at }), [])
  const { focusCard, moveCard, onCardKeyDown } = useCardKeys({
    model,
    columns,
    root,
    dragging: draggingRef,
    open,
    openMenu,
    mergeWith,
    logInteraction,
    openHabitAction,
  })
  const { drag, sensors, handlers } = useBoardDrag({ model, columns, focusCard, moveCard })
  draggingRef.current = drag !== null

  const actions = useMemo<BoardActions>(
    () => ({
      openCard: open,
      openCardMenu: openMenu,
      addCard: (stage: Stage) => newContact(stage.id),
      onCardKeyDown,
      registerColumn: (stageId, handle) => {
        if (handle) columns.current.set(stageId, handle)
        else columns.current.delete(stageId)
      },
    }),
    [open, openMenu, newContact, onCardKeyDown],
  )
  const stageIds = useMemo(() => model.stages.map((s) => s.id), [model.stages])
  const announcements = useMemo(() => boardAnnouncements(model.stages), [model.stages])
  const card = drag?.kind === 'card' ? drag : null

  return (
    <BoardActionsProvider value={actions}>
      <DndContext
        sensors={sensors}
        collisionDetection={boardCollision}
        measuring={measuring}
        accessibility={{ announcements, screenReaderInstructions }}
        {...handlers}
      >
        <SortableContext items={stageIds} strategy={horizontalListSortingStrategy}>
          <div ref={root} className={classes.board} data-testid="board">
            {model.stages.map((stage) => (
              <StageColumn
                key={stage.id}
                stage={stage}
                stages={model.stages}
                contacts={model.columns.get(stage.id) ?? noCards}
                total={model.totals.get(stage.id) ?? 0}
                filtering={model.filtering}
                hiddenId={card?.from === stage.id ? card.contact.id : null}
                slotIndex={card?.over?.stageId === stage.id ? card.over.index : null}
                now={now}
              />
            ))}
            <AddStageColumn lastStageId={model.stages.at(-1)?.id} />
          </div>
        </SortableContext>
        <DragOverlay dropAnimation={null}>
          {card && <ContactCard contact={card.contact} now={now} lifted />}
        </DragOverlay>
      </DndContext>
      <CardMenu
        state={menu}
        onClose={() => setMenu(null)}
        onOpen={(contact) => openContact(contact.id)}
        onMergeWith={(contact) => mergeWith(contact)}
        onLogInteraction={logInteraction}
      />
    </BoardActionsProvider>
  )
}
