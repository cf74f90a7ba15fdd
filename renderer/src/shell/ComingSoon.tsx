import { Stack, Text, Title } from '@mantine/core'
import type { Section } from './sections'

const plans: Partial<Record<Section, string>> = {
  Devices: 'Pair your other computers and keep them in sync, directly, with no server.',
}

/** An honest placeholder for a section that is not built yet. */
export const ComingSoon = ({ section }: { section: Section }) => (
  <Stack maw={560} gap="xs" mt="xl">
    <Title order={2}>{section}</Title>
    <Text c="dimmed">This part of Rapport is not built yet.</Text>
    {plans[section] && <Text>{plans[section]}</Text>}
  </Stack>
)
