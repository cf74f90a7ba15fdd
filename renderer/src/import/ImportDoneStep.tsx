import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { ImportCountCards } from './ImportCountCards'
import { ImportReviewList } from './ImportReviewList'
import { UndoImportModal } from './UndoImportModal'
import type { ImportDone } from './useImportWizard'
import { useUndoImport } from './useUndoImport'

type ImportDoneStepProps = {
  done: ImportDone
  onGoToBoard: () => void
  onAnother: () => void
  onUndone: (importId: string) => void
}

/** What the import did, with the way to the board, an undo, a fresh start and the likely duplicates to review. */
export const ImportDoneStep = ({ done, onGoToBoard, onAnother, onUndone }: ImportDoneStepProps) => {
  const [confirming, setConfirming] = useState(false)
  const [undone, setUndone] = useState(false)
  const { undo, busy } = useUndoImport(onUndone)
  const confirm = async () => {
    if (await undo(done.importId)) setUndone(true)
    setConfirming(false)
  }
  return (
    <Stack gap="md">
      <Text>
        <b>{done.fileName}</b> was imported at {new Date(done.committed.importedAt).toLocaleTimeString()}.
      </Text>
      <ImportCountCards counts={done.committed.counts} label="Import result" />
      {undone && <Alert color="gray">This import was undone.</Alert>}
      <Group>
        <Button onClick={onGoToBoard}>Go to board</Button>
        <Button variant="default" color="red" onClick={() => setConfirming(true)} disabled={undone}>
          Undo import
        </Button>
        <Button variant="default" onClick={onAnother}>
          Import another file
        </Button>
      </Group>
      {!undone && <ImportReviewList pairs={done.committed.reviewed ?? []} />}
      <UndoImportModal
        opened={confirming}
        busy={busy}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  )
}
