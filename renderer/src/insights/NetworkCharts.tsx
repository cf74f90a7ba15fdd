import { BarChart } from '@mantine/charts'
import { SimpleGrid, Paper, Text } from '@mantine/core'
import type { InsightsResult } from '../../../shared/api/habitResults'

/** How many contacts each stage holds, in board order, each bar in its stage's colour. */
export const StagesChart = ({ stages }: { stages: InsightsResult['stages'] }) => (
  <BarChart
    h={Math.max(160, stages.length * 36)}
    orientation="vertical"
    type="stacked"
    // One series per stage, each row holding only its own: every bar keeps its stage's colour.
    data={stages.map((s) => ({ stage: s.name, [s.stageId]: s.contacts }))}
    dataKey="stage"
    series={stages.map((s) => ({ name: s.stageId, label: s.name, color: s.colour }))}
    yAxisProps={{ width: 120 }}
    gridAxis="x"
    tickLine="none"
    aria-label="Contacts per stage"
  />
)

/** Communities by activity: their people in the vault, and the interactions with them in the last 90 days. */
export const CommunitiesChart = ({ communities }: { communities: InsightsResult['communities'] }) => (
  <BarChart
    h={Math.max(160, communities.length * 36)}
    orientation="vertical"
    data={communities.map((c) => ({ community: c.name, members: c.members, interactions: c.interactions }))}
    dataKey="community"
    series={[
      { name: 'members', label: 'People', color: 'gray.5' },
      { name: 'interactions', label: 'Interactions in 90 days', color: 'teal.6' },
    ]}
    withLegend
    yAxisProps={{ width: 140 }}
    gridAxis="x"
    tickLine="none"
    aria-label="Communities by activity"
  />
)

/** The network's health in a few numbers. */
export const HealthStats = ({ health, dormant }: { health: InsightsResult['health']; dormant: number }) => {
  const stats = [
    ['Contacts', health.contacts.toLocaleString()],
    ['With a cadence', health.withCadence.toLocaleString()],
    ['Within their cadence', health.share === null ? '–' : `${Math.round(health.share * 100)}%`],
    ['Silent for a year', dormant.toLocaleString()],
  ] as const
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" role="list" aria-label="Network health">
      {stats.map(([label, value]) => (
        <Paper key={label} withBorder p="sm" role="listitem" aria-label={label}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text fw={700} size="xl">
            {value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  )
}
