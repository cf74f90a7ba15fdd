import { Badge, Tooltip } from '@mantine/core'
import type { DeviceState } from '../../../shared/api/syncResults'
import { deviceStateLooks } from './deviceStates'
import classes from './DevicesView.module.css'

/** The device's state in words and colour; "Syncing" pulses while changes travel. */
export const DeviceStateBadge = ({ state }: { state: DeviceState }) => {
  const look = deviceStateLooks[state]
  return (
    <Tooltip label={look.means} withArrow openDelay={200}>
      <Badge
        color={look.colour}
        variant="light"
        leftSection={<span className={state === 'syncing' ? classes.pulse : classes.dot} aria-hidden />}
        data-state={state}
      >
        {look.label}
      </Badge>
    </Tooltip>
  )
}
