import { Button, Group, List, Modal, Stack } from '@mantine/core'
import { useState } from 'react'
import type { DeviceRow } from '../../../shared/api/syncResults'

type Props = { device: DeviceRow | null; onClose: () => void; onRemove: (device: DeviceRow) => Promise<boolean> }

/** "Remove <name>?": says what removing means before `devices.remove`. */
export const RemoveDeviceModal = ({ device, onClose, onRemove }: Props) => {
  const [removing, setRemoving] = useState(false)
  const remove = async () => {
    if (!device) return
    setRemoving(true)
    const ok = await onRemove(device)
    setRemoving(false)
    if (ok) onClose()
  }
  return (
    <Modal opened={device !== null} onClose={onClose} title={device ? `Remove ${device.name}?` : ''}>
      {device && (
        <Stack gap="md">
          <List size="sm" spacing="xs">
            <List.Item>
              It stops syncing with this device at once, and with your other devices as soon as they sync.
            </List.Item>
            <List.Item>From then on every device refuses its connections.</List.Item>
            <List.Item>
              The copy of your vault it already holds stays on it: removing a device does not erase it. Delete its data
              folder on that device if it should not keep one.
            </List.Item>
          </List>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button color="red" loading={removing} onClick={() => void remove()}>
              Remove device
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
