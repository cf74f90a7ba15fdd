import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core'
import type { PreparedImport } from './prepareImport'
import { ImportCountCards } from './ImportCountCards'
import { ImportOptionsForm } from './ImportOptionsForm'
import { ImportPreviewTables } from './ImportPreviewTables'
import { contactsLabel, importButtonLabel, importWrites, percentDone } from './importLabels'
import { previewTables } from './previewRows'
import type { ImportWizardModel } from './useImportWizard'

type ImportPreviewStepProps = { wizard: ImportWizardModel; fileName: string; prepared: PreparedImport }

/** What the import would do: options, staging progress, then the counts, the lists and the run button. */
export const ImportPreviewStep = ({ wizard, fileName, prepared }: ImportPreviewStepProps) => {
  const { staging, committing } = wizard
  return (
    <Stack gap="md">
      <Text>
        <b>{fileName}</b>: {prepared.records.toLocaleString('en-US')} records read.
      </Text>
      <ImportOptionsForm wizard={wizard} format={prepared.format} />
      {staging.status === 'staging' && (
        <Stack gap={4}>
          <Text size="sm">
            Preparing {contactsLabel(staging.total)}… {staging.sent.toLocaleString('en-US')} sent
          </Text>
          <Progress
            value={percentDone(staging.sent, staging.total)}
            aria-label="Preparing the import"
            transitionDuration={100}
          />
        </Stack>
      )}
      {staging.status === 'failed' && (
        <Alert color="red" title="Rapport could not prepare this import">
          {staging.message}
        </Alert>
      )}
      {staging.status === 'staged' && (
        <>
          <ImportCountCards counts={staging.preview.counts} label="Import preview" />
          {committing ? (
            <Stack gap={4}>
              <Text size="sm">
                Importing… {committing.written.toLocaleString('en-US')} of {contactsLabel(committing.total)} saved
              </Text>
              <Progress
                value={percentDone(committing.written, committing.total)}
                animated
                striped
                aria-label="Importing"
                transitionDuration={100}
              />
            </Stack>
          ) : (
            <Group>
              <Button onClick={wizard.commit} disabled={importWrites(staging.preview.counts).length === 0}>
                {importButtonLabel(staging.preview.counts)}
              </Button>
              <Button variant="default" onClick={wizard.reset}>
                Choose another file
              </Button>
            </Group>
          )}
          <ImportPreviewTables tables={previewTables(staging.preview, prepared.contacts)} />
        </>
      )}
    </Stack>
  )
}
