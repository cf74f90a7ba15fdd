import { Alert, Badge, Center, ColorSwatch, Group, Loader, Paper, ScrollArea, Text } from '@mantine/core'
import type { RapportClient } from '../../../shared/api/client'
import { stageColumns, type StageColumn } from './stageColumns'
import { useWorkspace } from './useWorkspace'

const StageHeader = ({ column }: { column: StageColumn }) => (
  <Paper withBorder p="sm" w={240} miw={240} aria-label={`${column.stage.name}: ${column.count} contacts`}>
    <Group justify="space-between" wrap="nowrap">
      <Group gap="xs" wrap="nowrap">
        <ColorSwatch color={column.stage.colour} size={12} />
        <Text fw={600} truncate>
          {column.stage.name}
        </Text>
      </Group>
      <Badge variant="light" color="gray">
        {column.count}
      </Badge>
    </Group>
  </Paper>
)

/** The board as columns of stages with their contact counts; the cards come with the board itself. */
export const BoardOverview = ({ client }: { client: RapportClient }) => {
  const view = useWorkspace(client)
  if (view.status === 'loading') {
    return (
      <Center h={200}>
        <Loader aria-label="Loading your workspace" />
      </Center>
    )
  }
  if (view.status === 'failed') {
    return (
      <Alert color="red" title="Rapport could not load your workspace">
        {view.message}
      </Alert>
    )
  }
  const columns = stageColumns(view.mirror)
  if (columns.length === 0) return <Text c="dimmed">There are no stages yet.</Text>
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Group align="flex-start" wrap="nowrap" gap="md" role="list" aria-label="Stages">
        {columns.map((column) => (
          <div role="listitem" key={column.stage.id}>
            <StageHeader column={column} />
          </div>
        ))}
      </Group>
    </ScrollArea>
  )
}
