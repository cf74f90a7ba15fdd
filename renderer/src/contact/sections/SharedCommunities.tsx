import { Badge, Group, Text } from '@mantine/core'
import { useMemo } from 'react'
import { sharedCommunities } from '../../../../shared/communities/sharedCommunities'
import { useMirror } from '../../workspace/WorkspaceProvider'
import { useContactForm } from '../ContactFormContext'

/** The communities the contact is in that the user belongs to too: common ground for reaching out. */
export const SharedCommunities = () => {
  const form = useContactForm()
  const mirror = useMirror()
  const byId = useMemo(() => new Map(mirror.communities.map((c) => [c.id as string, c])), [mirror.communities])
  const shared = sharedCommunities(form.values, byId)
  if (shared.length === 0) return null
  return (
    <Group gap="xs" aria-label="Communities you share" role="group">
      <Text size="sm" c="dimmed">
        Communities you share:
      </Text>
      {shared.map((c) => (
        <Badge key={c.id} variant="light" color="teal">
          {c.name}
        </Badge>
      ))}
    </Group>
  )
}
