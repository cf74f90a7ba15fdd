import { Button, Group, Paper, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core'
import { useMemo, useState } from 'react'
import type { Community } from '../../../shared/domain'
import { useMirror } from '../workspace/WorkspaceProvider'
import { CommunityFormModal, type CommunityDraft } from './CommunityFormModal'
import { CommunityList } from './CommunityList'
import { CommunityMembers } from './CommunityMembers'
import { useCommunityCommands } from './useCommunityCommands'
import classes from './CommunitiesView.module.css'

/** The Communities section: where contacts hang out, who is in each, and who has gone quiet. */
export const CommunitiesView = () => {
  const mirror = useMirror()
  const commands = useCommunityCommands()
  const [showArchived, setShowArchived] = useState(false)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [form, setForm] = useState<{ editing: Community | null } | null>(null)
  const shown = useMemo(
    () => mirror.communities.filter((c) => showArchived || !c.archived),
    [mirror.communities, showArchived],
  )
  const counts = useMemo(() => {
    const byId = new Map<string, number>()
    for (const c of mirror.contacts.values()) {
      if (!c.archived) for (const id of c.communities) byId.set(id, (byId.get(id) ?? 0) + 1)
    }
    return byId
  }, [mirror.contacts])
  const selected = mirror.communities.find((c) => c.id === selectedId) ?? null
  const submit = async (draft: CommunityDraft): Promise<boolean> => {
    const saved = form?.editing ? await commands.save(form.editing, draft) : await commands.create(draft)
    if (saved) setSelectedId(saved.id)
    return saved !== null
  }
  return (
    <Stack gap="lg" className={classes.view}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>Communities</Title>
          <Text c="dimmed">Where your contacts hang out: groups, meetups, chats, conferences and alumni networks.</Text>
        </Stack>
        <Group gap="md">
          <Switch
            label="Show archived"
            checked={showArchived}
            onChange={(e) => setShowArchived(e.currentTarget.checked)}
          />
          <Button onClick={() => setForm({ editing: null })}>New community</Button>
        </Group>
      </Group>
      {shown.length === 0 ? (
        <Text c="dimmed">No communities yet. Add the groups and events your contacts are part of.</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <CommunityList
            communities={shown}
            counts={counts}
            selectedId={selectedId}
            onSelect={(c) => setSelectedId(c.id)}
            onEdit={(c) => setForm({ editing: c })}
            onArchive={(c, archived) => void commands.archive(c, archived)}
          />
          <Paper withBorder p="md" radius="md">
            {selected ? (
              <CommunityMembers community={selected} onJoin={(member) => void commands.join(selected, member)} />
            ) : (
              <Text c="dimmed">Choose a community to see who is in it.</Text>
            )}
          </Paper>
        </SimpleGrid>
      )}
      <CommunityFormModal
        opened={form !== null}
        editing={form?.editing ?? null}
        onClose={() => setForm(null)}
        onSubmit={submit}
      />
    </Stack>
  )
}
