import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import type { Contact, Stage } from '../../../shared/domain'
import { ContactRow } from './ContactRow'
import { ContactsHeader } from './ContactsHeader'
import { rowHeight } from './columns'
import { rowAfterMove, rowKeyCommand } from './rowKeyCommand'
import type { SortColumn, SortState } from './sortContacts'
import type { RowSelection } from './useRowSelection'
import classes from './ContactsTable.module.css'

const headerHeight = rowHeight

/** The virtual table itself: only the rows in view (and a few around) are in the page. */
export const ContactsTable = ({
  rows,
  stages,
  sort,
  onSort,
  selection,
  onOpen,
  emptyMessage,
}: {
  rows: Contact[]
  stages: Stage[]
  sort: SortState
  onSort: (column: SortColumn) => void
  selection: RowSelection
  onOpen: (contact: Contact) => void
  emptyMessage: string
}) => {
  const scrollRef = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(0)
  const focusWanted = useRef<number | null>(null)
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => rows[index].id,
    overscan: 12,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  })
  const stageById = useMemo(() => new Map(stages.map((s) => [s.id as string, s])), [stages])
  // "3 days ago" is measured from when the rows were last computed: cheap, and fresh enough.
  const now = useMemo(() => Date.now(), [rows])
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1))

  // Latest values for the stable row callbacks below.
  const latest = useRef({ rows, selection, onOpen })
  latest.current = { rows, selection, onOpen }

  const focusRow = useCallback(
    (index: number) => {
      setActive(index)
      focusWanted.current = index
      virtualizer.scrollToIndex(index, { align: 'auto' })
    },
    [virtualizer],
  )
  // A row scrolled into view is drawn on a later frame: focus it once it is in the page.
  useEffect(() => {
    const index = focusWanted.current
    if (index === null) return
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)
    if (row) {
      row.focus({ preventScroll: true })
      focusWanted.current = null
    }
  })

  const onRowClick = useCallback((index: number, event: MouseEvent) => {
    const { rows, selection, onOpen } = latest.current
    setActive(index)
    if (event.shiftKey) selection.toggle(rows[index].id, true)
    else if (event.metaKey || event.ctrlKey) selection.toggle(rows[index].id)
    else onOpen(rows[index])
  }, [])
  const onCheckClick = useCallback((index: number, event: MouseEvent) => {
    event.stopPropagation()
    const { rows, selection } = latest.current
    setActive(index)
    selection.toggle(rows[index].id, event.shiftKey)
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = event.target as HTMLElement
    if (row.getAttribute('role') !== 'row' || row.dataset.index === undefined) return
    const command = rowKeyCommand(event.key, {
      shift: event.shiftKey,
      mod: event.metaKey || event.ctrlKey,
      alt: event.altKey,
    })
    if (!command) return
    const index = Number(row.dataset.index)
    const id = rows[index].id
    if (command.kind === 'clearSelection' && selection.selected.size === 0) return
    event.preventDefault()
    if (command.kind === 'move') {
      const pageSize = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 2)
      const to = rowAfterMove(index, command.to, rows.length, pageSize)
      if (command.extend) selection.add([id, rows[to].id])
      focusRow(to)
    } else if (command.kind === 'toggle') selection.toggle(id, command.range)
    else if (command.kind === 'open') onOpen(rows[index])
    else if (command.kind === 'selectAll') selection.toggleAll()
    else selection.clear()
  }

  const items = virtualizer.getVirtualItems()
  return (
    <div ref={scrollRef} className={classes.scroller}>
      <div role="table" aria-label="Contacts" aria-rowcount={rows.length + 1} className={classes.table}>
        <ContactsHeader
          sort={sort}
          onSort={onSort}
          allShown={selection.allShown}
          onToggleAll={selection.toggleAll}
          disabled={rows.length === 0}
        />
        <div
          role="rowgroup"
          className={classes.body}
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
        >
          {items.map((item) => {
            const contact = rows[item.index]
            return (
              <ContactRow
                key={item.key}
                contact={contact}
                stage={stageById.get(contact.stageId)}
                index={item.index}
                top={item.start - headerHeight}
                selected={selection.selected.has(contact.id)}
                tabbable={item.index === activeIndex}
                now={now}
                onRowClick={onRowClick}
                onCheckClick={onCheckClick}
              />
            )
          })}
        </div>
        {rows.length === 0 && <div className={classes.empty}>{emptyMessage}</div>}
      </div>
    </div>
  )
}
