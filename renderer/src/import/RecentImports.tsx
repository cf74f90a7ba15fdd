import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { ImportListEntry } from '../../../shared/import/importResults'
import { showError } from '../feedback/showError'
import { useRapport } from '../workspace/WorkspaceProvider'
import { formatLabels } from './importLabels'
import { UndoImportModal } from './UndoImportModal'
import { useUndoImport } from './useUndoImport'

/** The vault's imports, newest first, each undoable until it is undone. `version` changes to read them again. */
export const RecentImports = ({ version, onUndone }: { version: number; onUndone: (importId: string) => void }) => {
  const client = useRapport()
  const [entries, setEntries] = useState<ImportListEntry[] | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)
  const { undo, busy } = useUndoImport(onUndone)
  useEffect(() => {
    let current = true
    client.call('imports.list', {}).then(
      (list) => current && setEntries(list),
      (error: unknown) => showError('Could not list recent imports', error),
    )
    return () => {
      current = false
    }
  }, [client, version])
  if (!entries || entries.length === 0) return null
  const confirm = async () => {
    if (confirming) await undo(confirming)
    setConfirming(null)
  }
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        Recent imports
      </Title>
      <Table aria-label="Recent imports" withTableBorder verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Format</Table.Th>
            <Table.Th>What it did</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const when = new Date(entry.importedAt).toLocaleString()
            const { created, updated, unchanged } = entry.counts
            return (
              <Table.Tr key={entry.importId}>
                <Table.Td>{when}</Table.Td>
                <Table.Td>{formatLabels[entry.format]}</Table.Td>
                <Table.Td>
                  <Text size="sm">{`${created} new, ${updated} updated, ${unchanged} unchanged`}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  {entry.undone ? (
                    <Badge color="gray" variant="light">
                      Undone
                    </Badge>
                  ) : (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      aria-label={`Undo import from ${when}`}
                      onClick={() => setConfirming(entry.importId)}
                    >
                      Undo
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      <UndoImportModal
        opened={confirming !== null}
        busy={busy}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(null)}
      />
    </Stack>
  )
}
