import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core'
import { FileDropArea } from './FileDropArea'
import type { FileState } from './useImportWizard'

/** The first step: the drop area, the file being read, or why it could not be read. */
export const ImportFileStep = ({
  file,
  onFile,
  onReset,
}: {
  file: FileState
  onFile: (file: File) => void
  onReset: () => void
}) => {
  if (file.status === 'parsing')
    return (
      <Center mih={220}>
        <Stack align="center" gap="xs">
          <Loader aria-label="Reading the file" />
          <Text size="sm">Reading {file.file.name}…</Text>
        </Stack>
      </Center>
    )
  if (file.status === 'failed')
    return (
      <Alert color="red" title={`Rapport could not read ${file.file.name}`}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{file.error}</Text>
          <Button variant="default" onClick={onReset}>
            Choose another file
          </Button>
        </Stack>
      </Alert>
    )
  return (
    <Stack gap="sm">
      <FileDropArea onFile={onFile} />
      <Text size="sm" c="dimmed">
        To get your LinkedIn connections: LinkedIn → Settings → Data privacy → Get a copy of your data → Connections;
        the email you receive links to a zip holding Connections.csv.
      </Text>
    </Stack>
  )
}
