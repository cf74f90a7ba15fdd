import { Paper, SimpleGrid, Text } from '@mantine/core'
import type { ImportCounts } from '../../../shared/import/importPlan'
import { countCards } from './importLabels'

/** The counts of a preview or a result as stat cards; each card is a group named "<label>: <count>". */
export const ImportCountCards = ({ counts, label }: { counts: ImportCounts; label: string }) => (
  <SimpleGrid role="group" aria-label={label} cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm">
    {countCards(counts).map((card) => (
      <Paper
        key={card.key}
        role="group"
        aria-label={`${card.label}: ${card.value.toLocaleString('en-US')}`}
        withBorder
        p="sm"
        radius="md"
      >
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {card.label}
        </Text>
        <Text size="xl" fw={700}>
          {card.value.toLocaleString('en-US')}
        </Text>
      </Paper>
    ))}
  </SimpleGrid>
)
