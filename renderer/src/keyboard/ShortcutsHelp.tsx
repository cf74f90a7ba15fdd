import { Modal, SimpleGrid, Stack, Table, Title } from '@mantine/core'
import { ShortcutKeys } from './ShortcutKeys'
import { shortcuts, type Shortcut, type ShortcutScope } from './shortcuts'

const scopes: ShortcutScope[] = [
  'Anywhere',
  'Command palette',
  'Board',
  'Contacts list',
  'This week',
  'Contact drawer',
  'Devices',
]

/** The keys of one scope, as a two-column table: what it does, and its keys. */
export const ShortcutTable = ({ list }: { list: readonly Shortcut[] }) => (
  <Table verticalSpacing={6} horizontalSpacing="xs" withRowBorders={false}>
    <Table.Tbody>
      {list.map((shortcut) => (
        <Table.Tr key={shortcut.id}>
          <Table.Td c="dimmed" fz="sm">
            {shortcut.does}
          </Table.Td>
          <Table.Td style={{ width: 1, whiteSpace: 'nowrap' }}>
            <ShortcutKeys shortcut={shortcut} size="xs" />
          </Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  </Table>
)

/** "Keyboard shortcuts" (the `?` key): every key of the app, by where it works, from the one list in code. */
export const ShortcutsHelp = ({ opened, onClose }: { opened: boolean; onClose: () => void }) => (
  <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size={920}>
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {scopes.map((scope) => (
        <Stack key={scope} gap={4} component="section" aria-label={scope}>
          <Title order={3} size="h5">
            {scope}
          </Title>
          <ShortcutTable list={shortcuts.filter((s) => s.scope === scope)} />
        </Stack>
      ))}
    </SimpleGrid>
  </Modal>
)
