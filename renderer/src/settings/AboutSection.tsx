import { Code, Stack, Table, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { AppInfo } from '../../../shared/api/contract'
import { showError } from '../feedback/showError'
import { useRapport } from '../workspace/WorkspaceProvider'

/** The running core's version, data folder and schema version. */
export const AboutSection = () => {
  const client = useRapport()
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    let current = true
    client.call('app.info', {}).then(
      (read) => current && setInfo(read),
      (error: unknown) => showError('Could not read the app’s details', error),
    )
    return () => {
      current = false
    }
  }, [client])
  return (
    <Stack gap="xs" component="section" aria-labelledby="settings-about">
      <Title order={3} size="h4" id="settings-about">
        About
      </Title>
      {info ? (
        <Table aria-label="About Rapport" variant="vertical" withTableBorder maw={720}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={160}>Version</Table.Th>
              <Table.Td>{info.version}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Data folder</Table.Th>
              <Table.Td style={{ wordBreak: 'break-all' }}>
                <Code>{info.dataDir}</Code>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Schema version</Table.Th>
              <Table.Td>{info.schemaVersion}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      ) : (
        <Text c="dimmed" size="sm">
          Reading…
        </Text>
      )}
    </Stack>
  )
}
