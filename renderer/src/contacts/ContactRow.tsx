import { Checkbox } from '@mantine/core'
import { memo, type MouseEvent } from 'react'
import type { Contact, Stage } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'
import { formatCalendarDate, timeAgo } from '../format/timeAgo'
import classes from './ContactsTable.module.css'

/** What one row of the contacts table needs; every callback is stable, so a row redraws only when its data does. */
export type ContactRowProps = {
  contact: Contact
  stage: Stage | undefined
  index: number
  top: number
  selected: boolean
  tabbable: boolean
  now: number
  onRowClick: (index: number, event: MouseEvent) => void
  onCheckClick: (index: number, event: MouseEvent) => void
}

const maxTagsShown = 2

const Tags = ({ tags }: { tags: string[] }) => (
  <>
    {tags.slice(0, maxTagsShown).map((t) => (
      <span key={t} className={classes.tag}>
        {t}
      </span>
    ))}
    {tags.length > maxTagsShown && <span className={classes.more}>+{tags.length - maxTagsShown}</span>}
  </>
)

/** One contact in the table: cheap to draw (plain spans but for the checkbox). */
export const ContactRow = memo(function ContactRow(props: ContactRowProps) {
  const { contact: c, stage, index, selected } = props
  const name = displayName(c) || 'Unnamed contact'
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      data-selected={selected || undefined}
      tabIndex={props.tabbable ? 0 : -1}
      className={`${classes.row} ${classes.bodyRow}`}
      style={{ transform: `translateY(${props.top}px)` }}
      onClick={(e) => props.onRowClick(index, e)}
    >
      <div role="cell" className={classes.checkCell} onClick={(e) => props.onCheckClick(index, e)}>
        <Checkbox size="xs" checked={selected} onChange={() => undefined} tabIndex={-1} aria-label={`Select ${name}`} />
      </div>
      <div role="cell" className={`${classes.cell} ${classes.name}`} title={name}>
        {name}
      </div>
      <div role="cell" className={classes.cell} title={c.company}>
        {c.company}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.dimmed}`} title={c.position}>
        {c.position}
      </div>
      <div role="cell" className={classes.cell}>
        {stage && (
          <span className={classes.stage}>
            <span className={classes.dot} style={{ background: stage.colour }} aria-hidden />
            <span className={classes.truncate}>{stage.name}</span>
          </span>
        )}
      </div>
      <div role="cell" className={`${classes.cell} ${classes.tags}`} title={c.tags.join(', ')}>
        <Tags tags={c.tags} />
      </div>
      <div role="cell" className={`${classes.cell} ${c.lastInteractionAt === null ? classes.dimmed : ''}`}>
        {timeAgo(c.lastInteractionAt, props.now)}
      </div>
      <div role="cell" className={classes.cell}>
        {formatCalendarDate(c.connectedOn)}
      </div>
    </div>
  )
})
