import { Paper, Stepper } from '@mantine/core'
import { ImportDoneStep } from './ImportDoneStep'
import { ImportFileStep } from './ImportFileStep'
import { ImportPreviewStep } from './ImportPreviewStep'
import { useImportWizard } from './useImportWizard'

type ImportWizardProps = {
  onGoToBoard: () => void
  /** Told when an import is committed or undone, so that lists of imports read again. */
  onChanged: () => void
}

/** Choose a file, review what importing it would do, import it, and see (or undo) what it did. */
export const ImportWizard = ({ onGoToBoard, onChanged }: ImportWizardProps) => {
  const wizard = useImportWizard(onChanged)
  const { file, done } = wizard
  const active = done ? 3 : wizard.committing ? 2 : file.status === 'parsed' ? 1 : 0
  return (
    <Paper withBorder p="lg" radius="md">
      <Stepper active={active} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label="Choose a file" description="CSV, vCard or JSON">
          <ImportFileStep file={file} onFile={wizard.choose} onReset={wizard.reset} />
        </Stepper.Step>
        <Stepper.Step label="Review" description="What would change">
          {file.status === 'parsed' && (
            <ImportPreviewStep wizard={wizard} fileName={file.file.name} prepared={file.prepared} />
          )}
        </Stepper.Step>
        <Stepper.Step label="Import" description="All or nothing, undoable">
          {file.status === 'parsed' && (
            <ImportPreviewStep wizard={wizard} fileName={file.file.name} prepared={file.prepared} />
          )}
        </Stepper.Step>
        <Stepper.Completed>
          {done && (
            <ImportDoneStep done={done} onGoToBoard={onGoToBoard} onAnother={wizard.reset} onUndone={onChanged} />
          )}
        </Stepper.Completed>
      </Stepper>
    </Paper>
  )
}
