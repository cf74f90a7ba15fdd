import { Menu } from '@mantine/core'
import type { Contact } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'

/** Which card's menu is open, and where. */
export type CardMenuState = { contact: Contact; x: number; y: number } | null

type CardMenuProps = {
  state: CardMenuState
  onClose: () => void
  onOpen: (contact: Contact) => void
  onMergeWith: (contact: Contact) => void
  onLogInteraction: (contact: Contact) => void
}

/** The menu of a board card, opened by a right click or from the keyboard; one for the whole board. */
export const CardMenu = ({ state, onClose, onOpen, onMergeWith, onLogInteraction }: CardMenuProps) => (
  <Menu opened={state !== null} onClose={onClose} position="bottom-start" withinPortal shadow="md" returnFocus>
    <Menu.Target>
      <div
        aria-hidden
        style={{
          position: 'fixed',
          left: state?.x ?? 0,
          top: state?.y ?? 0,
          width: 1,
          height: 1,
          pointerEvents: 'none',
        }}
      />
    </Menu.Target>
    <Menu.Dropdown aria-label={state ? `Actions for ${displayName(state.contact)}` : undefined}>
      <Menu.Item onClick={() => state && onOpen(state.contact)}>Open</Menu.Item>
      <Menu.Item onClick={() => state && onLogInteraction(state.contact)} rightSection="L">
        Log interaction…
      </Menu.Item>
      <Menu.Item onClick={() => state && onMergeWith(state.contact)} rightSection="M">
        Merge with…
      </Menu.Item>
    </Menu.Dropdown>
  </Menu>
)
