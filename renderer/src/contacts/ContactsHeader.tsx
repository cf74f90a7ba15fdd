import { Checkbox, UnstyledButton } from '@mantine/core'
import { columns } from './columns'
import type { SortColumn, SortState } from './sortContacts'
import classes from './ContactsTable.module.css'

const ariaSort = (sort: SortState, column: SortColumn) =>
  sort?.column === column ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'

const Arrow = ({ direction }: { direction: 'asc' | 'desc' | null }) => (
  <svg width="12" height="12" viewBox="0 0 24 24" aria-hidden style={{ opacity: direction ? 1 : 0.35 }}>
    <path
      d={
        direction === 'desc'
          ? 'M6 9l6 6l6 -6'
          : direction === 'asc'
            ? 'M6 15l6 -6l6 6'
            : 'M8 9l4 -4l4 4M16 15l-4 4l-4 -4'
      }
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
)

/** The sticky header: select-all, then one sort button per column (`aria-sort` says the order). */
export const ContactsHeader = ({
  sort,
  onSort,
  allShown,
  onToggleAll,
  disabled,
}: {
  sort: SortState
  onSort: (column: SortColumn) => void
  allShown: 'none' | 'some' | 'all'
  onToggleAll: () => void
  disabled: boolean
}) => (
  <div role="rowgroup" className={classes.head}>
    <div role="row" aria-rowindex={1} className={classes.row}>
      <div role="columnheader" className={classes.checkCell}>
        <Checkbox
          size="xs"
          aria-label="Select all shown"
          checked={allShown === 'all'}
          indeterminate={allShown === 'some'}
          onChange={onToggleAll}
          disabled={disabled}
        />
      </div>
      {columns.map((column) => {
        const active = sort?.column === column.id
        return (
          <div key={column.id} role="columnheader" aria-sort={ariaSort(sort, column.id)} className={classes.cell}>
            <UnstyledButton
              className={classes.sortButton}
              data-active={active || undefined}
              onClick={() => onSort(column.id)}
              title={`Sort by ${column.label.toLowerCase()}`}
            >
              <span className={classes.truncate}>{column.label}</span>
              <Arrow direction={sort?.column === column.id ? sort.direction : null} />
            </UnstyledButton>
          </div>
        )
      })}
    </div>
  </div>
)
