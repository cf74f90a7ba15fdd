import { Alert, Button, Center, Code, Group, Image, List, Loader, Modal, Stack, Text } from '@mantine/core'
import type { DeviceRow } from '../../../shared/api/syncResults'
import { useNow } from '../board/useNow'
import { devicesAddedSince } from './deviceOrder'
import { inviteCountdown } from './inviteCountdown'
import { PairingCode } from './PairingCode'
import { pairingQrSource } from './pairingQrSource'
import { SyncProblem } from './SyncProblem'
import { useInvite } from './useInvite'
import classes from './DevicesView.module.css'

type Props = { opened: boolean; onClose: () => void; devices: readonly DeviceRow[] | undefined }

const Steps = () => (
  <List type="ordered" size="sm" spacing={6}>
    <List.Item>On the other device, open Rapport and go to Devices.</List.Item>
    <List.Item>
      Choose <b>Join another device’s vault</b>. That device must hold no contacts yet: it takes this vault instead.
    </List.Item>
    <List.Item>
      Type or paste the code (or scan the QR code). On a computer without a window, run{' '}
      <Code>rapport pair join CODE</Code>.
    </List.Item>
    <List.Item>Keep this window open: it says so here when the device has joined.</List.Item>
  </List>
)

/** The dialog's content, mounted only while it is open: the code is asked for on opening and dropped on closing. */
const AddDevice = ({ onClose, devices }: Omit<Props, 'opened'>) => {
  const invite = useInvite(() => devices?.map((d) => d.id) ?? [])
  // The clock ticks once a second from opening: a code that arrived since is counted from its arrival, not before.
  const now = Math.max(useNow(1000), invite.receivedAt)
  const joined = invite.invite ? devicesAddedSince(invite.knownIds, devices ?? []) : []
  const left = invite.invite ? inviteCountdown(invite.invite.expiresAt, now) : null
  return (
    <Stack gap="md">
      {invite.failure && <SyncProblem failure={invite.failure} what="make a pairing code" onRetry={invite.renew} />}
      {!invite.invite && invite.asking && (
        <Center h={160}>
          <Loader aria-label="Making a pairing code" />
        </Center>
      )}
      {joined.length > 0 && (
        <Alert color="teal" title={`${joined.map((d) => d.name).join(' and ')} joined this vault`} role="status">
          It is receiving your contacts now, and shows in the list of devices. From now on they keep each other in sync
          whenever they can reach each other.
        </Alert>
      )}
      {invite.invite && left && joined.length === 0 && (
        <>
          <Text size="sm">
            Pairing makes the other device a copy of this vault that stays in sync, directly between your devices. The
            code works once, for 10 minutes.
          </Text>
          <Group align="flex-start" gap="lg" wrap="nowrap">
            <Image
              src={pairingQrSource(invite.invite.qrSvg)}
              alt="The pairing code as a QR code"
              w={168}
              h={168}
              className={classes.qr}
              data-dimmed={left.expired || undefined}
            />
            <Stack gap="xs">
              <PairingCode code={invite.invite.code} dimmed={left.expired} />
              {left.expired ? (
                <Group gap="sm">
                  <Text size="sm" c="red" role="status">
                    This code has expired.
                  </Text>
                  <Button size="xs" onClick={invite.renew} loading={invite.asking} autoFocus>
                    New code
                  </Button>
                </Group>
              ) : (
                <Text size="sm" c="dimmed" role="timer" aria-live="off">
                  Expires in {left.label}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                This device’s key: <Code>{invite.invite.fingerprint}</Code>. The other device shows it once joined:
                check that the two match.
              </Text>
            </Stack>
          </Group>
          <Steps />
        </>
      )}
      <Group justify="flex-end">
        <Button variant={joined.length > 0 ? 'filled' : 'default'} onClick={onClose}>
          {joined.length > 0 ? 'Done' : 'Close'}
        </Button>
      </Group>
    </Stack>
  )
}

/** "Add a device": a one-time code (`pair.invite`) to type or scan on the other device, until it joins. */
export const AddDeviceModal = ({ opened, onClose, devices }: Props) => (
  <Modal opened={opened} onClose={onClose} title="Add a device" size="lg">
    <AddDevice onClose={onClose} devices={devices} />
  </Modal>
)
