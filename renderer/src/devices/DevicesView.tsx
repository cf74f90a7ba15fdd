import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { useCallback, useMemo, useState } from 'react'
import type { DeviceRow } from '../../../shared/api/syncResults'
import { useNow } from '../board/useNow'
import { AddDeviceModal } from './AddDeviceModal'
import { ConnectAddressModal } from './ConnectAddressModal'
import { DeviceCard } from './DeviceCard'
import { inDeviceOrder } from './deviceOrder'
import type { DevicesDialog } from './devicesDialog'
import { JoinVaultModal } from './JoinVaultModal'
import { PairingIntro } from './PairingIntro'
import { RemoveDeviceModal } from './RemoveDeviceModal'
import { SyncProblem } from './SyncProblem'
import { SyncSettingsCard } from './SyncSettingsCard'
import { useDeviceCommands } from './useDeviceCommands'
import { useDeviceList } from './useDeviceList'
import { useDevicesKeys } from './useDevicesKeys'
import { useSyncSettings } from './useSyncSettings'
import classes from './DevicesView.module.css'

type Props = {
  /** The dialog showing, if any: the Shell holds it, so the palette can open one from anywhere. */
  dialog: DevicesDialog | null
  onDialog: (dialog: DevicesDialog | null) => void
}

/** The Devices section: the vault's devices, pairing (add, join), connecting by address, and the sync settings. */
export const DevicesView = ({ dialog, onDialog }: Props) => {
  const list = useDeviceList()
  const [settingsAttempt, setSettingsAttempt] = useState(0)
  const sync = useSyncSettings(settingsAttempt)
  const commands = useDeviceCommands({ changeSettings: sync.change, reload: list.reload })
  const [removing, setRemoving] = useState<DeviceRow | null>(null)
  const now = useNow(15_000)
  const devices = useMemo(() => (list.devices ? inDeviceOrder(list.devices) : undefined), [list.devices])
  const notRunning = Boolean(list.failure?.notRunning || sync.failure?.notRunning)
  const retry = useCallback(() => {
    list.reload()
    setSettingsAttempt((n) => n + 1)
  }, [list])
  useDevicesKeys(onDialog, !notRunning)
  const closeDialog = () => onDialog(null)
  // Without a sync peer the list still reads, but pairing would fail: the notice says why instead of the intro.
  const alone = !notRunning && devices !== undefined && devices.every((d) => d.thisDevice)
  // The list answers without a sync peer too; then only the settings say that sync is not running.
  const problem = list.failure
    ? { failure: list.failure, what: 'list the devices' }
    : sync.failure?.notRunning
      ? { failure: sync.failure, what: 'read the sync settings' }
      : null
  return (
    <Stack gap="lg" className={classes.view}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>Devices</Title>
          <Text c="dimmed">Your computers that hold this vault, and keep it in sync directly with each other.</Text>
        </Stack>
        {/* While this device is alone, the introduction below offers the way to start. */}
        {!alone && (
          <Group gap="sm">
            <Button onClick={() => onDialog('add')} disabled={notRunning}>
              Add a device
            </Button>
            <Button variant="default" onClick={() => onDialog('join')} disabled={notRunning}>
              Join another device’s vault
            </Button>
            <Button variant="subtle" onClick={() => onDialog('connect')} disabled={notRunning}>
              Connect by address
            </Button>
          </Group>
        )}
      </Group>
      {problem && <SyncProblem failure={problem.failure} what={problem.what} onRetry={retry} />}
      {!devices && !list.failure && <Loader aria-label="Loading devices" />}
      {sync.settings?.enabled === false && (
        <Alert color="gray" title="Sync is off on this device" role="status">
          It neither connects to your other devices nor accepts them. Turn it on in the settings below.
        </Alert>
      )}
      {devices && devices.length > 0 && (
        <Stack gap="sm" component="section" aria-label="Devices of this vault">
          {devices.map((device) => (
            <DeviceCard
              key={device.id}
              device={device}
              now={now}
              onRename={(name) => commands.rename(device, name)}
              onRemove={() => setRemoving(device)}
            />
          ))}
        </Stack>
      )}
      {alone && <PairingIntro onAdd={() => onDialog('add')} onJoin={() => onDialog('join')} />}
      {sync.settings && <SyncSettingsCard settings={sync.settings} change={sync.change} />}
      {sync.failure && !problem && <SyncProblem failure={sync.failure} what="read the sync settings" onRetry={retry} />}
      <AddDeviceModal opened={dialog === 'add'} onClose={closeDialog} devices={list.devices} />
      <JoinVaultModal opened={dialog === 'join'} onClose={closeDialog} />
      <ConnectAddressModal opened={dialog === 'connect'} onClose={closeDialog} />
      <RemoveDeviceModal device={removing} onClose={() => setRemoving(null)} onRemove={commands.remove} />
    </Stack>
  )
}
