import { Stack, Text, Tooltip } from '@mantine/core'
import { exactDeviceTime, relativeDeviceTime } from './deviceTimes'

/** One time of a device, "Last seen" over "3 minutes ago", with the exact time in a tooltip. */
export const DeviceTime = ({ label, at, now }: { label: string; at: number | null; now: number }) => (
  <Stack gap={0}>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    {at === null ? (
      <Text size="sm">Never</Text>
    ) : (
      <Tooltip label={exactDeviceTime(at)} withArrow openDelay={200}>
        <Text size="sm" component="time" dateTime={new Date(at).toISOString()} tabIndex={0} w="fit-content">
          {relativeDeviceTime(at, now)}
        </Text>
      </Tooltip>
    )}
  </Stack>
)
