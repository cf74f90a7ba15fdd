import { useDraggable } from '@dnd-kit/core'
import { memo } from 'react'
import type { Contact } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'
import { useBoardActions } from './BoardContext'
import { ContactCard } from './ContactCard'

/**
 * A card that opens on click or Enter, moves by arrow keys, and drags (pointer, or Space then
 * arrows). Only the cards a column has on screen exist, so only they are drag sources.
 */
export const DraggableCard = memo(({ contact, now }: { contact: Contact; now: number }) => {
  const { openCard, onCardKeyDown } = useBoardActions()
  const { attributes, listeners, setNodeRef } = useDraggable({ id: contact.id, data: { type: 'card', contact } })
  return (
    <ContactCard
      ref={setNodeRef}
      contact={contact}
      now={now}
      {...attributes}
      {...listeners}
      aria-label={displayName(contact)}
      data-contact-id={contact.id}
      onClick={() => openCard(contact)}
      onKeyDown={(event) => {
        onCardKeyDown(event, contact)
        if (!event.defaultPrevented) listeners?.onKeyDown?.(event)
      }}
    />
  )
})
DraggableCard.displayName = 'DraggableCard'
