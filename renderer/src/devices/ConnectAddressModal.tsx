import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import type { DeviceRow } from '../../../shared/api/syncResults'
import { deviceAddressSchema } from '../../../shared/api/syncSchemas'
import { useRapport } from '../workspace/WorkspaceProvider'
import { syncFailureOf, type SyncFailure } from './syncAvailability'
import { SyncProblem } from './SyncProblem'
import classes from './DevicesView.module.css'

type Props = { opened: boolean; onClose: () => void }

type Outcome = { address: string; device: DeviceRow | null } | { failure: SyncFailure }

/** "Connect by address": a paired device at a typed `host:port`, reached now and remembered (`devices.addAddress`). */
export const ConnectAddressModal = ({ opened, onClose }: Props) => {
  const client = useRapport()
  const [address, setAddress] = useState('')
  const [invalid, setInvalid] = useState<string | null>(null)
  const [connecting, setConnecting] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const close = () => {
    setAddress('')
    setInvalid(null)
    setOutcome(null)
    onClose()
  }
  const connect = async () => {
    const parsed = deviceAddressSchema.safeParse(address)
    if (!parsed.success) return setInvalid(`The address ${parsed.error.issues[0]?.message ?? 'is not valid'}.`)
    setConnecting(true)
    setOutcome(null)
    try {
      const device = await client.call('devices.addAddress', { address: parsed.data })
      setOutcome({ address: parsed.data, device })
    } catch (error) {
      setOutcome({ failure: syncFailureOf(error) })
    } finally {
      setConnecting(false)
    }
  }
  return (
    <Modal opened={opened} onClose={close} title="Connect by address">
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void connect()
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            When your devices cannot find each other by themselves (another network, or local discovery off), type where
            one of them listens: that computer’s network address and the listening port in its sync settings. Rapport
            remembers the address that worked.
          </Text>
          <TextInput
            label="Address"
            placeholder="192.168.1.20:47600"
            value={address}
            error={invalid}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            classNames={{ input: classes.addressInput }}
            onChange={(e) => {
              setAddress(e.currentTarget.value)
              setInvalid(null)
            }}
          />
          {outcome && 'failure' in outcome && <SyncProblem failure={outcome.failure} what="connect" />}
          {outcome && 'address' in outcome && outcome.device && (
            <Alert color="teal" title={`Connected to ${outcome.device.name}`} role="status">
              Reached it at {outcome.address}; this device remembers the address.
            </Alert>
          )}
          {outcome && 'address' in outcome && !outcome.device && (
            <Alert color="yellow" title="No paired device answered" role="status">
              Nothing at {outcome.address} answered as one of your devices. Check that Rapport runs there, that the
              address and port are right, and that the device was paired with this vault.
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {outcome && 'address' in outcome && outcome.device ? 'Done' : 'Cancel'}
            </Button>
            <Button type="submit" loading={connecting} disabled={!address.trim()}>
              Connect
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
