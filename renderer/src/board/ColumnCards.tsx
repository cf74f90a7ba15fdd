import { useDroppable } from '@dnd-kit/core'
import { Button, Text } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef } from 'react'
import type { Contact, Stage } from '../../../shared/domain'
import { useBoardActions } from './BoardContext'
import { listPadding, rowHeight } from './boardMetrics'
import { columnLayout } from './columnRows'
import { DraggableCard } from './DraggableCard'
import classes from './StageColumn.module.css'

/** What a column's list shows. */
export type ColumnCardsProps = {
  stage: Stage
  contacts: readonly Contact[]
  filtering: boolean
  /** The card being dragged out of this column, if any. */
  hiddenId: string | null
  /** Where a dragged card would land in this column, if it is over it. */
  slotIndex: number | null
  now: number
}

/** The droppable id of a stage's list. */
export const columnDropId = (stageId: string): string => `column:${stageId}`

/** A column's cards: a virtual list with its own scrolling, and the drop target for cards. */
export const ColumnCards = ({ stage, contacts, filtering, hiddenId, slotIndex, now }: ColumnCardsProps) => {
  const { registerColumn, addCard } = useBoardActions()
  const scrollRef = useRef<HTMLDivElement>(null)
  const listRef = useRef<HTMLDivElement | null>(null)
  const { setNodeRef } = useDroppable({ id: columnDropId(stage.id), data: { type: 'column', stageId: stage.id } })
  const layout = useMemo(() => columnLayout(contacts, hiddenId, slotIndex), [contacts, hiddenId, slotIndex])
  const virtualizer = useVirtualizer({
    count: layout.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: layout.keyAt,
    paddingStart: listPadding,
    paddingEnd: listPadding,
    scrollPaddingStart: listPadding,
    scrollPaddingEnd: listPadding,
    overscan: 6,
  })

  useEffect(() => {
    registerColumn(stage.id, {
      list: () => listRef.current,
      scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    })
    return () => registerColumn(stage.id, null)
  }, [registerColumn, stage.id, virtualizer])

  return (
    <div ref={scrollRef} className={classes.scroll}>
      <div
        ref={(node) => {
          setNodeRef(node)
          listRef.current = node
        }}
        role="list"
        aria-label={stage.name}
        className={classes.list}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const row = layout.rowAt(item.index)
          return row.kind === 'card' ? (
            <div
              key={item.key}
              role="listitem"
              aria-setsize={layout.cards}
              aria-posinset={row.position + 1}
              className={classes.row}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <DraggableCard contact={row.contact} now={now} />
            </div>
          ) : (
            <div
              key={item.key}
              aria-hidden
              className={classes.row}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <div className={classes.slot} />
            </div>
          )
        })}
      </div>
      {layout.count === 0 && (
        <div className={classes.empty}>
          <Text size="sm" c="dimmed">
            {filtering ? 'No matches' : 'No contacts here'}
          </Text>
          <Button variant="subtle" size="compact-sm" onClick={() => addCard(stage)}>
            + Add
          </Button>
        </div>
      )}
    </div>
  )
}
