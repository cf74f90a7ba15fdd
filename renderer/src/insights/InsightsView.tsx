import { Alert, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useMemo } from 'react'
import { useContactDrawer } from '../contact/ContactDrawerProvider'
import { formatDay } from '../format/timeAgo'
import { localeWeekStart } from '../workspace/localeWeekStart'
import { useLiveQuery } from '../workspace/useLiveQuery'
import type { ContactId } from '../../../shared/domain'
import { InteractionsPerWeekChart, ValueGivenChart } from './InteractionCharts'
import { CommunitiesChart, HealthStats, StagesChart } from './NetworkCharts'

const Panel = ({ title, children }: { title: string; children: ReactNode }) => (
  <Paper withBorder p="md" component="section" aria-label={title}>
    <Title order={3} size="h5" mb="sm">
      {title}
    </Title>
    {children}
  </Paper>
)

/** "Insights": the network and the habit at a glance, over the last 26 weeks. */
export const InsightsView = () => {
  const weekStart = useMemo(() => localeWeekStart(), [])
  const insights = useLiveQuery('insights.get', { weekStart })
  const { openContact } = useContactDrawer()
  const data = insights.data
  return (
    <Stack gap="md" maw={1200}>
      <Title order={2}>Insights</Title>
      {insights.error && (
        <Alert color="red" title="Could not work out the insights">
          {insights.error}
        </Alert>
      )}
      {!data && !insights.error && <Loader aria-label="Loading insights" />}
      {data && (
        <>
          <Panel title="Network health">
            <HealthStats health={data.health} dormant={data.dormantCount} />
          </Panel>
          <Panel title="Interactions per week">
            <InteractionsPerWeekChart weeks={data.weeks} />
          </Panel>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Panel title="Contacts per stage">
              <StagesChart stages={data.stages} />
            </Panel>
            <Panel title="Value given over time">
              <ValueGivenChart weeks={data.weeks} />
            </Panel>
            <Panel title="Goal streaks">
              {data.streaks.length === 0 && <Text c="dimmed">No active goals.</Text>}
              {data.streaks.map((s) => (
                <Group key={s.goalId} justify="space-between">
                  <Text size="sm">{s.title}</Text>
                  <Text size="sm" fw={700}>
                    {s.streak} {s.period}
                    {s.streak === 1 ? '' : 's'}
                  </Text>
                </Group>
              ))}
            </Panel>
            <Panel title="Communities by activity">
              {data.communities.length === 0 ? (
                <Text c="dimmed">No communities yet.</Text>
              ) : (
                <CommunitiesChart communities={data.communities} />
              )}
            </Panel>
          </SimpleGrid>
          <Panel title={`Not contacted in over a year (${data.dormantCount.toLocaleString()})`}>
            {data.dormant.length === 0 ? (
              <Text c="dimmed">Everyone has heard from you this year.</Text>
            ) : (
              <Table highlightOnHover>
                <Table.Tbody>
                  {data.dormant.map((d) => (
                    <Table.Tr key={d.contactId} onClick={() => openContact(d.contactId as ContactId)}>
                      <Table.Td>{d.name}</Table.Td>
                      <Table.Td c="dimmed">{d.company}</Table.Td>
                      <Table.Td>{formatDay(d.lastTouchAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Panel>
        </>
      )}
    </Stack>
  )
}
