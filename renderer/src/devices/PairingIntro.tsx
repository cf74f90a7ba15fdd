import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { DeviceIcon } from './deviceIcons'

type Props = { onAdd: () => void; onJoin: () => void }

/** What the list shows while this is the vault's only device: what pairing does, and the two ways to start. */
export const PairingIntro = ({ onAdd, onJoin }: Props) => (
  <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="pairing-intro">
    <Group gap="lg" wrap="nowrap" align="flex-start">
      <Text c="dimmed" mt={4}>
        <DeviceIcon size={36} />
      </Text>
      <Stack gap="sm">
        <Title order={3} size="h4" id="pairing-intro">
          Only this device holds your vault
        </Title>
        <Text size="sm" maw={640}>
          Pairing gives another of your computers the same vault, and from then on the two keep each other up to date
          directly, encrypted, with no server or account in between. Each keeps a full copy and works offline; changes
          made on either meet as soon as they can reach each other.
        </Text>
        <Group gap="sm">
          <Button onClick={onAdd}>Add a device</Button>
          <Button variant="default" onClick={onJoin}>
            Join another device’s vault
          </Button>
        </Group>
      </Stack>
    </Group>
  </Paper>
)
