import { Anchor, Badge, Group, Stack, Switch, Table, Text, Title } from '@mantine/core'
import { useMemo } from 'react'
import { communityMembers } from '../../../shared/communities/communityMembers'
import { notContactedSince } from '../../../shared/communities/membersNotContactedSince'
import type { Community } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'
import { useNow } from '../board/useNow'
import { useContactDrawer } from '../contact/ContactDrawerProvider'
import { timeAgo } from '../format/timeAgo'
import { useMirror } from '../workspace/WorkspaceProvider'
import { communityKindLabels } from './communityKindLabels'

/** How long without talking marks a member as one to get back in touch with. */
export const quietDays = 90

/** One community: what it is, whether the user belongs, and its members, the quiet ones marked. */
export const CommunityMembers = ({
  community,
  onJoin,
}: {
  community: Community
  onJoin: (member: boolean) => void
}) => {
  const mirror = useMirror()
  const now = useNow()
  const { openContact } = useContactDrawer()
  const members = useMemo(
    () => communityMembers(community.id, mirror.contacts.values()),
    [community.id, mirror.contacts],
  )
  const quiet = members.filter((c) => notContactedSince(c, now, quietDays)).length
  return (
    <Stack gap="sm" aria-label={`Members of ${community.name}`} component="section">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={3}>{community.name}</Title>
          <Text size="sm" c="dimmed">
            {communityKindLabels[community.kind]} · {members.length} {members.length === 1 ? 'contact' : 'contacts'}
            {quiet > 0 && ` · ${quiet} not talked to in ${quietDays}+ days`}
          </Text>
          {community.notes && <Text size="sm">{community.notes}</Text>}
        </Stack>
        <Switch label="I am a member" checked={community.member} onChange={(e) => onJoin(e.currentTarget.checked)} />
      </Group>
      {members.length === 0 ? (
        <Text c="dimmed" size="sm">
          No contacts in it yet. Add one from a contact’s drawer, under Communities.
        </Text>
      ) : (
        <Table highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Company</Table.Th>
              <Table.Th>Last talked</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((c) => {
              const isQuiet = notContactedSince(c, now, quietDays)
              return (
                <Table.Tr key={c.id} data-quiet={isQuiet || undefined}>
                  <Table.Td>
                    <Anchor component="button" type="button" onClick={() => openContact(c.id)}>
                      {displayName(c) || 'Unnamed contact'}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{c.company}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm">{timeAgo(c.lastInteractionAt, now)}</Text>
                      {isQuiet && (
                        <Badge color="orange" variant="light" size="sm">
                          {quietDays}+ days
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
