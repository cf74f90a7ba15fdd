import type { ComponentPropsWithRef } from 'react'
import type { Contact } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'
import { cardSubtitle, isOverdue, lastTouchLabel, visibleTags } from './cardFacts'
import classes from './ContactCard.module.css'

/** What a card shows, and how it is shown. */
export type ContactCardProps = ComponentPropsWithRef<'div'> & {
  contact: Contact
  now: number
  /** Drawn under the pointer while dragging. */
  lifted?: boolean
}

/** A contact on the board: name, position at company, up to three tags, and when they were last touched. */
export const ContactCard = ({ contact, now, lifted, className, ...rest }: ContactCardProps) => {
  const overdue = isOverdue(contact, now)
  const subtitle = cardSubtitle(contact)
  const { shown, more } = visibleTags(contact.tags)
  return (
    <div
      className={className ? `${classes.card} ${className}` : classes.card}
      data-overdue={overdue || undefined}
      data-lifted={lifted || undefined}
      {...rest}
    >
      <div className={classes.name}>{displayName(contact)}</div>
      <div className={classes.subtitle} title={subtitle || undefined}>
        {subtitle}
      </div>
      <div className={classes.tags}>
        {shown.map((tag) => (
          <span key={tag} className={classes.tag}>
            {tag}
          </span>
        ))}
        {more > 0 && <span className={classes.more}>+{more}</span>}
      </div>
      <div className={classes.touch}>
        {lastTouchLabel(contact, now)}
        {overdue && <span className={classes.overdue}> · overdue</span>}
      </div>
    </div>
  )
}
