import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { memo, useState, type CSSProperties } from 'react'
import type { Stage } from '../../../shared/domain'
import { ColumnCards, type ColumnCardsProps } from './ColumnCards'
import { StageColumnHeader } from './StageColumnHeader'
import classes from './StageColumn.module.css'

/** A column and what its header needs besides its cards. */
export type StageColumnProps = ColumnCardsProps & {
  /** Every active card of the stage, filters aside. */
  total: number
  /** All active stages in board order, for the archive dialog. */
  stages: readonly Stage[]
}

/** One stage of the board: a header to manage it (and drag it by), and its cards. */
export const StageColumn = memo(({ total, stages, ...cards }: StageColumnProps) => {
  const { stage } = cards
  const [editing, setEditing] = useState(false)
  const sortable = useSortable({ id: stage.id, data: { type: 'stage' }, disabled: editing })
  const style = {
    transform: CSS.Translate.toString(sortable.transform),
    transition: sortable.transition,
    '--stage-colour': stage.colour,
  } as CSSProperties
  return (
    <section
      ref={sortable.setNodeRef}
      aria-label={stage.name}
      className={classes.column}
      data-dragging={sortable.isDragging || undefined}
      style={style}
    >
      <StageColumnHeader
        stage={stage}
        stages={stages}
        shown={cards.contacts.length}
        total={total}
        filtering={cards.filtering}
        editing={editing}
        onEditingChange={setEditing}
        handle={{
          ref: sortable.setActivatorNodeRef,
          attributes: sortable.attributes,
          listeners: editing ? undefined : sortable.listeners,
        }}
      />
      <ColumnCards {...cards} />
    </section>
  )
})
StageColumn.displayName = 'StageColumn'
