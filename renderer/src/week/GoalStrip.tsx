import { Group, Paper, Progress, Stack, Text } from '@mantine/core'
import type { GoalProgressRow } from '../../../shared/api/habitResults'
import { goalProgressText } from '../../../shared/selectors/goalProgressText'

/** This period's progress of every active goal, in one strip: "2 of 3 this week · streak 4 weeks". */
export const GoalStrip = ({ goals, onGoToGoals }: { goals: GoalProgressRow[]; onGoToGoals?: () => void }) => {
  if (goals.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No goals yet: set one on the Goals page, and this week's list puts first the people who meet it.
      </Text>
    )
  }
  return (
    <Group gap="sm" align="stretch" aria-label="Goal progress" role="list">
      {goals.map((row) => (
        <Paper key={row.goal.id} withBorder p="xs" miw={220} role="listitem" onClick={onGoToGoals}>
          <Stack gap={4}>
            <Text size="sm" fw={600} truncate>
              {row.goal.title}
            </Text>
            <Progress
              value={Math.min(100, (row.count / Math.max(1, row.target)) * 100)}
              color={row.met ? 'teal' : 'blue'}
              aria-label={`${row.goal.title}: ${goalProgressText(row)}`}
            />
            <Text size="xs" c={row.met ? 'teal' : 'dimmed'}>
              {goalProgressText(row)}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Group>
  )
}
