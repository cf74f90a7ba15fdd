import { useDraggable } from '@dnd-kit/core'
import { memo } from 'react'
import type { Contact } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'
import { useBoardActions } from './BoardContext'
import { ContactCard } from './ContactCard'

/**
 * A card that opens on click or Enter, moves by arrow keys, and drags (pointer, or Space then
 * arrows); a right click (or the menu key) opens its menu. Only the cards a column has on screen exist, so only they are drag sources.
 */
export const DraggableCard = memo(({ contact, now }: { contact: Contact; now: number }) => {
  const { openCard, openCardMenu, onCardKeyDown } = useBoardActions()
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
      aria-haspopup="menu"
      aria-keyshortcuts="Shift+F10 M L"
      onClick={() => openCard(contact)}
      onContextMenu={(event) => {
        event.preventDefault()
        openCardMenu(contact, { x: event.clientX, y: event.clientY })
      }}
      onKeyDown={(event) => {
        onCardKeyDown(event, contact)
        if (!event.defaultPrevented) listeners?.onKeyDown?.(event)
      }}
    />
  )
})
DraggableCard.displayName = 'DraggableCard'
