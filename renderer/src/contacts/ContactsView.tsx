import { Text } from '@mantine/core'

/** The contacts table: every contact, sortable, with bulk actions. */
export const ContactsView = () => <Text c="dimmed">The contacts table arrives with the contacts view.</Text>
