import { ActionIcon, Anchor, Badge, Group, Menu, Table, Text } from '@mantine/core'
import type { Community } from '../../../shared/domain'
import { communityKindLabels } from './communityKindLabels'

/** The communities as a table: name (with its link), kind, the user's membership and how many contacts are in it. */
export const CommunityList = ({
  communities,
  counts,
  selectedId,
  onSelect,
  onEdit,
  onArchive,
}: {
  communities: Community[]
  counts: ReadonlyMap<string, number>
  selectedId: string | null
  onSelect: (community: Community) => void
  onEdit: (community: Community) => void
  onArchive: (community: Community, archived: boolean) => void
}) => (
  <Table highlightOnHover aria-label="Communities">
    <Table.Thead>
      <Table.Tr>
        <Table.Th>Community</Table.Th>
        <Table.Th>Kind</Table.Th>
        <Table.Th>Contacts</Table.Th>
        <Table.Th aria-label="Actions" />
      </Table.Tr>
    </Table.Thead>
    <Table.Tbody>
      {communities.map((community) => (
        <Table.Tr
          key={community.id}
          bg={community.id === selectedId ? 'var(--mantine-primary-color-light)' : undefined}
          aria-selected={community.id === selectedId}
        >
          <Table.Td>
            <Group gap="xs" wrap="nowrap">
              <Anchor component="button" type="button" fw={500} onClick={() => onSelect(community)}>
                {community.name}
              </Anchor>
              {community.member && (
                <Badge size="sm" variant="light" color="teal">
                  Member
                </Badge>
              )}
              {community.archived && (
                <Badge size="sm" variant="light" color="gray">
                  Archived
                </Badge>
              )}
              {community.url && (
                <Anchor
                  href={community.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  size="sm"
                  aria-label={`Open ${community.name}’s page`}
                >
                  ↗
                </Anchor>
              )}
            </Group>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{communityKindLabels[community.kind]}</Text>
          </Table.Td>
          <Table.Td>{counts.get(community.id) ?? 0}</Table.Td>
          <Table.Td>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" aria-label={`Actions for ${community.name}`}>
                  ⋯
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => onEdit(community)}>Edit…</Menu.Item>
                <Menu.Item onClick={() => onArchive(community, !community.archived)}>
                  {community.archived ? 'Bring back' : 'Archive'}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  </Table>
)
