import { Badge, Button, Code, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import type { DeviceRow } from '../../../shared/api/syncResults'
import { DeviceName } from './DeviceName'
import { DeviceStateBadge } from './DeviceStateBadge'
import { DeviceTime } from './DeviceTime'
import classes from './DevicesView.module.css'

type Props = {
  device: DeviceRow
  now: number
  onRename: (name: string) => Promise<boolean>
  onRemove: () => void
}

const Fact = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Stack gap={0}>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    {children}
  </Stack>
)

/** One device of the vault: its name (renamed in place), key fingerprint, state, times and last address. */
export const DeviceCard = ({ device, now, onRename, onRemove }: Props) => (
  <Paper withBorder radius="md" p="md" component="article" aria-label={device.name}>
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="sm" wrap="wrap">
          <DeviceName name={device.name} onRename={onRename} />
          {device.thisDevice && (
            <Badge variant="outline" color="gray">
              This device
            </Badge>
          )}
          {!device.thisDevice && <DeviceStateBadge state={device.state} />}
        </Group>
        {!device.thisDevice && (
          <Button variant="default" size="compact-sm" onClick={onRemove}>
            Remove…
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" verticalSpacing="xs">
        <Fact label="Key fingerprint">
          <Code className={classes.fingerprint} data-testid="device-fingerprint">
            {device.fingerprint}
          </Code>
        </Fact>
        {device.thisDevice ? (
          <DeviceTime label="Added" at={device.addedAt} now={now} />
        ) : (
          <>
            <DeviceTime label="Last seen" at={device.lastSeenAt} now={now} />
            <DeviceTime label="Last synced" at={device.lastSyncedAt} now={now} />
            <Fact label="Last address">
              {device.address ? (
                <Text size="sm" ff="monospace">
                  {device.address}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  None yet
                </Text>
              )}
            </Fact>
          </>
        )}
      </SimpleGrid>
    </Stack>
  </Paper>
)
