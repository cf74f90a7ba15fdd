import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core'
import { VisuallyHidden } from '@mantine/core'
import { useState, type PointerEvent } from 'react'
import type { Stage } from '../../../shared/domain'
import { ArchiveStageModal } from './ArchiveStageModal'
import { useBoardActions } from './BoardContext'
import { GripIcon } from './icons'
import { RenameStageInput } from './RenameStageInput'
import { StageColourPicker } from './StageColourPicker'
import { StageMenu } from './StageMenu'
import { useStageCommands } from './useStageCommands'
import classes from './StageColumnHeader.module.css'

/** What makes a column header a drag handle for reordering stages. */
export type StageHandle = {
  ref: (element: HTMLElement | null) => void
  attributes: DraggableAttributes
  listeners: DraggableSyntheticListeners
}

type StageColumnHeaderProps = {
  stage: Stage
  stages: readonly Stage[]
  shown: number
  total: number
  filtering: boolean
  editing: boolean
  onEditingChange: (editing: boolean) => void
  handle: StageHandle
}

const countLabel = (shown: number, total: number, filtering: boolean) =>
  filtering
    ? `${shown.toLocaleString()} of ${total.toLocaleString()}`
    : `${total.toLocaleString()} ${total === 1 ? 'contact' : 'contacts'}`

/** A column's header: drag grip, colour, name (renamed in place), the stage's menu, and its count below. */
export const StageColumnHeader = (props: StageColumnHeaderProps) => {
  const { stage, stages, shown, total, filtering, editing, onEditingChange, handle } = props
  const { addCard } = useBoardActions()
  const commands = useStageCommands()
  const [colouring, setColouring] = useState(false)
  const [archiving, setArchiving] = useState(false)
  const dragFromHeader = (event: PointerEvent<HTMLDivElement>) => {
    // Events from the menu and popovers bubble here through their portals: only the header itself drags.
    if (event.currentTarget.contains(event.target as Node)) handle.listeners?.onPointerDown?.(event)
  }
  const count = countLabel(shown, total, filtering)
  return (
    <div className={classes.header} onPointerDown={dragFromHeader}>
      <button
        type="button"
        ref={handle.ref}
        className={classes.grip}
        {...handle.attributes}
        onKeyDown={(event) => handle.listeners?.onKeyDown?.(event)}
        aria-label={`Reorder stage: ${stage.name}`}
      >
        <GripIcon size={14} />
      </button>
      <div className={classes.titleRow}>
        <StageColourPicker stage={stage} opened={colouring} onOpenedChange={setColouring} />
        {editing ? (
          <RenameStageInput stage={stage} onDone={() => onEditingChange(false)} />
        ) : (
          <div className={classes.title} title={stage.name} onDoubleClick={() => onEditingChange(true)}>
            {stage.name}
          </div>
        )}
        <StageMenu
          stage={stage}
          canArchive={stages.length > 1}
          onRename={() => onEditingChange(true)}
          onRecolour={() => setColouring(true)}
          onAdd={() => addCard(stage)}
          onArchive={() => setArchiving(true)}
          onSetCadence={(days) => void commands.setCadence(stage, days)}
        />
      </div>
      <div className={classes.count} data-testid="stage-count">
        {count}
        {filtering && <VisuallyHidden> shown</VisuallyHidden>}
      </div>
      <ArchiveStageModal
        stage={stage}
        stages={stages}
        total={total}
        opened={archiving}
        onClose={() => setArchiving(false)}
      />
    </div>
  )
}
