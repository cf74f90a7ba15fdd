import { Button, Checkbox, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { Community, CommunityKind } from '../../../shared/domain'
import { communityKindOptions } from './communityKindLabels'

/** What the form sends: a new community's fields, or an existing one's. */
export type CommunityDraft = { name: string; kind: CommunityKind; url: string; notes: string; member: boolean }

const blank: CommunityDraft = { name: '', kind: 'other', url: '', notes: '', member: false }

/** Creates a community or edits one: name, kind, web address, notes and whether the user belongs. */
export const CommunityFormModal = ({
  opened,
  editing,
  onClose,
  onSubmit,
}: {
  opened: boolean
  /** The community being edited, or null for a new one. */
  editing: Community | null
  onClose: () => void
  /** Saves the draft; resolves true when it was stored. */
  onSubmit: (draft: CommunityDraft) => Promise<boolean>
}) => {
  const [draft, setDraft] = useState<CommunityDraft>(blank)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (!opened) return
    setDraft(editing ? { ...editing } : blank)
  }, [opened, editing])
  const set = (fields: Partial<CommunityDraft>) => setDraft((d) => ({ ...d, ...fields }))
  const submit = async () => {
    if (!draft.name.trim()) return
    setBusy(true)
    const saved = await onSubmit(draft)
    setBusy(false)
    if (saved) onClose()
  }
  return (
    <Modal opened={opened} onClose={onClose} title={editing ? `Edit ${editing.name}` : 'New community'}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <Stack gap="sm">
          <TextInput
            label="Name"
            required
            data-autofocus
            value={draft.name}
            maxLength={60}
            onChange={(e) => set({ name: e.currentTarget.value })}
          />
          <Select
            label="Kind"
            data={communityKindOptions}
            value={draft.kind}
            allowDeselect={false}
            onChange={(kind) => kind && set({ kind: kind as CommunityKind })}
          />
          <TextInput
            label="Web address"
            placeholder="https://…"
            value={draft.url}
            onChange={(e) => set({ url: e.currentTarget.value })}
          />
          <Textarea
            label="Notes"
            autosize
            minRows={2}
            value={draft.notes}
            onChange={(e) => set({ notes: e.currentTarget.value })}
          />
          <Checkbox
            label="I am a member"
            checked={draft.member}
            onChange={(e) => set({ member: e.currentTarget.checked })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} disabled={!draft.name.trim()}>
              {editing ? 'Save' : 'Create'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
