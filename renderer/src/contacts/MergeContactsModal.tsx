import { Button, Group, Modal, Radio, SimpleGrid, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import type { Contact, ContactId, Stage } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'

type MergeContactsModalProps = {
  /** The two selected contacts. */
  pair: readonly [Contact, Contact]
  stages: readonly Stage[]
  opened: boolean
  onClose: () => void
  /** Runs the merge; true once it succeeded. */
  onMerge: (keepId: ContactId, mergeId: ContactId) => Promise<boolean>
}

/** The one created first: by default the older record is the one kept. */
const olderOf = ([a, b]: readonly [Contact, Contact]): Contact => (b.createdAt < a.createdAt ? b : a)

const Field = ({ label, value }: { label: string; value: string }) => (
  <div>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text size="sm">{value || '—'}</Text>
  </div>
)

/** Shows two contacts side by side, lets the person choose which one to keep, and merges them (undoably). */
export const MergeContactsModal = ({ pair, stages, opened, onClose, onMerge }: MergeContactsModalProps) => {
  const [keepId, setKeepId] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const kept = pair.find((c) => c.id === keepId) ?? olderOf(pair)
  const other = pair.find((c) => c.id !== kept.id) ?? pair[1]
  const stageName = (c: Contact) => stages.find((s) => s.id === c.stageId)?.name ?? ''
  const confirm = async () => {
    setBusy(true)
    const done = await onMerge(kept.id, other.id)
    setBusy(false)
    if (done) onClose()
  }
  return (
    <Modal opened={opened} onClose={onClose} title="Merge 2 contacts" centered size="lg">
      <Stack gap="md">
        <Radio.Group value={kept.id} onChange={setKeepId}>
          <SimpleGrid cols={2}>
            {pair.map((c) => (
              <Stack key={c.id} gap="xs">
                <Radio value={c.id} label="Keep" aria-label={`Keep ${displayName(c)}`} />
                <Field label="Name" value={displayName(c)} />
                <Field label="Company" value={c.company} />
                <Field label="Position" value={c.position} />
                <Field label="Emails" value={c.emails.join(', ')} />
                <Field label="Stage" value={stageName(c)} />
              </Stack>
            ))}
          </SimpleGrid>
        </Radio.Group>
        <Text size="sm">
          Nothing is lost: fields, notes, tags and interactions are combined. You can undo right after.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void confirm()} loading={busy}>
            Merge contacts
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
