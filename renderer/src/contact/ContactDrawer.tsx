import { Drawer, Text } from '@mantine/core'
import type { ContactId } from '../../../shared/domain'
import type { DrawerState } from './ContactDrawerProvider'

/** The contact drawer: every field of a contact, editable in place. */
export const ContactDrawer = ({
  state,
  onClose,
}: {
  state: DrawerState
  onClose: () => void
  onCreated: (id: ContactId) => void
}) => (
  <Drawer opened={state.mode !== 'closed'} onClose={onClose} position="right" title="Contact">
    <Text c="dimmed">Editing contacts arrives with the contact drawer.</Text>
  </Drawer>
)
