import { Button, Group, Stack, Text, Title } from '@mantine/core'
import { useBusyAction } from '../feedback/useBusyAction'
import { useRapport } from '../workspace/WorkspaceProvider'
import { downloadFile } from './downloadFile'
import { exportFileName, type ExportKind } from '../../../shared/export/exportFiles'
import { exportFormats, type ExportFormat } from './exportFiles'

/** The export buttons: each asks the core for the JSON export and saves it in its format. */
export const ExportSection = () => {
  const client = useRapport()
  const { busyKey: busy, run } = useBusyAction<ExportKind>()
  const save = (format: ExportFormat) =>
    run(
      'Could not export',
      async () => {
        const exported = await client.call('export.json', {})
        downloadFile(exportFileName(format.extension, new Date()), format.write(exported), format.mimeType)
      },
      format.kind,
    )
  return (
    <Stack gap="xs" component="section" aria-labelledby="settings-export">
      <Title order={3} size="h4" id="settings-export">
        Export
      </Title>
      <Text c="dimmed" size="sm">
        Your contacts as a file, to keep or to use elsewhere. Archived contacts are included.
      </Text>
      {exportFormats.map((format) => (
        <Group key={format.kind} gap="md" wrap="nowrap">
          <Button
            variant="default"
            w={140}
            loading={busy === format.kind}
            disabled={busy !== null && busy !== format.kind}
            onClick={() => void save(format)}
          >
            {format.label}
          </Button>
          <Text size="sm">{format.description}</Text>
        </Group>
      ))}
    </Stack>
  )
}
