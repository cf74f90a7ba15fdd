import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import type { Stage } from '../../../shared/domain'
import { defaultArchiveTarget } from './archiveTarget'
import { useStageCommands } from './useStageCommands'

type ArchiveStageModalProps = {
  stage: Stage
  stages: readonly Stage[]
  total: number
  opened: boolean
  onClose: () => void
}

/** Asks where an archived stage's cards go, says that nothing is lost, then archives it. */
export const ArchiveStageModal = ({ stage, stages, total, opened, onClose }: ArchiveStageModalProps) => {
  const { archive } = useStageCommands()
  const [heirId, setHeirId] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const others = stages.filter((s) => s.id !== stage.id)
  const chosen = heirId ?? defaultArchiveTarget(stages, stage.id)?.id ?? null
  const confirm = async () => {
    if (!chosen) return
    setBusy(true)
    const done = await archive(stage, chosen)
    setBusy(false)
    if (done) onClose()
  }
  const cards = total === 1 ? 'its one contact moves' : `its ${total.toLocaleString()} contacts move`
  const what = total === 0 ? 'it has no contacts to move' : `${cards} to the stage you choose`
  return (
    <Modal opened={opened} onClose={onClose} title={`Archive “${stage.name}”?`} centered>
      <Stack gap="md">
        <Text size="sm">
          The stage leaves the board and {what}. Nothing is deleted: contacts keep their notes, tags and history.
        </Text>
        <Select
          label={`Move ${total === 1 ? 'its contact' : 'its contacts'} to`}
          data={others.map((s) => ({ value: s.id, label: s.name }))}
          value={chosen}
          onChange={setHeirId}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={busy} disabled={!chosen}>
            Archive stage
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
