import { ScrollArea, Stack, Table, Text, Title } from '@mantine/core'
import type { PreviewTable } from './previewRows'

/** The preview's lists (reviews, skipped lines, in-file duplicates), each a small scrollable table. */
export const ImportPreviewTables = ({ tables }: { tables: PreviewTable[] }) => (
  <Stack gap="lg">
    {tables.map((table) => (
      <Stack key={table.title} gap={4}>
        <Title order={3} size="h5">
          {table.title} ({table.rows.length.toLocaleString('en-US')})
        </Title>
        <Text size="sm" c="dimmed">
          {table.caption}
        </Text>
        <ScrollArea.Autosize mah={240}>
          <Table striped withTableBorder aria-label={table.title} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                {table.columns.map((column) => (
                  <Table.Th key={column}>{column}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((row, index) => (
                <Table.Tr key={index}>
                  {row.map((cell, column) => (
                    <Table.Td key={column}>{cell}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      </Stack>
    ))}
  </Stack>
)
