import { Button, ScrollArea, Stack, Table, Text, Title } from '@mantine/core'
import type { ReviewedPair } from '../../../shared/merge/reviewedPairs'
import { displayName } from '../../../shared/selectors/filterContacts'
import { useMergeFlow } from '../merge/MergeFlowProvider'
import { useWorkspaceView } from '../workspace/WorkspaceProvider'

const title = 'Likely duplicates to review'

/**
 * The likely duplicates an import created, each with "Review": the merge dialog on the contact the
 * vault had and the one created beside it. A pair already merged (or deleted) says so instead.
 */
export const ImportReviewList = ({ pairs }: { pairs: readonly ReviewedPair[] }) => {
  const view = useWorkspaceView()
  const { reviewPair } = useMergeFlow()
  if (pairs.length === 0 || view.status !== 'ready') return null
  const { contacts } = view.mirror
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title} ({pairs.length.toLocaleString('en-US')})
      </Title>
      <Text size="sm" c="dimmed">
        Created anyway. Review each: if they are the same person, merge them; nothing is lost, and the merge can be
        undone.
      </Text>
      <ScrollArea.Autosize mah={280}>
        <Table striped withTableBorder aria-label={title} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Line</Table.Th>
              <Table.Th>New contact</Table.Th>
              <Table.Th>Reason</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pairs.map((pair) => {
              const created = contacts.get(pair.createdId)
              const existing = contacts.get(pair.existingId)
              return (
                <Table.Tr key={pair.createdId}>
                  <Table.Td>{pair.line}</Table.Td>
                  <Table.Td>{created ? displayName(created) : '—'}</Table.Td>
                  <Table.Td>{pair.reason}</Table.Td>
                  <Table.Td>
                    {created && existing ? (
                      <Button
                        size="compact-sm"
                        variant="light"
                        aria-label={`Review ${displayName(created)} (line ${pair.line})`}
                        onClick={() => reviewPair(pair.existingId, pair.createdId)}
                      >
                        Review
                      </Button>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Merged or removed
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  )
}
