import { Badge, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core'
import type { GoalProgressRow } from '../../../shared/api/habitResults'
import type { Stage } from '../../../shared/domain'
import { goalProgressText } from '../../../shared/selectors/goalProgressText'
import { goalDescription } from './goalDescription'
import { GoalHistoryChart } from './GoalHistoryChart'

/** One goal: what it counts, this period's progress, its streak and its history. */
export const GoalCard = ({
  row,
  stages,
  onEdit,
  onArchive,
}: {
  row: GoalProgressRow
  stages: Stage[]
  onEdit: () => void
  onArchive: () => void
}) => (
  <Paper withBorder p="md" role="article" aria-label={row.goal.title}>
    <Stack gap="xs">
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Group gap="xs">
            <Text fw={700}>{row.goal.title}</Text>
            {row.met && (
              <Badge color="teal" variant="light">
                Met
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {goalDescription(row.goal, stages)}
          </Text>
        </div>
        <Group gap={4}>
          <Button size="compact-sm" variant="subtle" onClick={onEdit}>
            Edit
          </Button>
          <Button size="compact-sm" variant="subtle" color="gray" onClick={onArchive}>
            Archive
          </Button>
        </Group>
      </Group>
      <Progress value={Math.min(100, (row.count / Math.max(1, row.target)) * 100)} color={row.met ? 'teal' : 'blue'} />
      <Text size="sm" data-testid="goal-progress">
        {goalProgressText(row)}
      </Text>
      {row.history.length > 1 && <GoalHistoryChart row={row} />}
    </Stack>
  </Paper>
)
