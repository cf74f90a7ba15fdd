import { Alert, Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useMirror } from '../workspace/WorkspaceProvider'
import { pairingCodeGroups } from './pairingCodeGroups'
import { SyncProblem } from './SyncProblem'
import { useJoinVault } from './useJoinVault'
import classes from './DevicesView.module.css'

type Props = { opened: boolean; onClose: () => void }

/** "Join another device's vault": the code from that device's "Add a device", then `pair.join`. */
export const JoinVaultModal = ({ opened, onClose }: Props) => {
  const mirror = useMirror()
  const { state, join, reset } = useJoinVault()
  const [code, setCode] = useState('')
  const close = () => {
    if (state.step === 'joining') return
    setCode('')
    reset()
    onClose()
  }
  const held = mirror.contacts.size
  const groups = pairingCodeGroups(code)
  return (
    <Modal opened={opened} onClose={close} title="Join another device’s vault" size="lg">
      {state.step === 'joined' ? (
        <Stack gap="md">
          <Alert color="teal" title={`Joined ${state.joined.device.name}’s vault`} role="status">
            This device now holds the same vault. Your contacts are arriving from {state.joined.device.name}; they
            appear as they come, and the two devices stay in sync from now on.
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void join(code)
          }}
        >
          <Stack gap="md">
            <Text size="sm">
              On the device that already holds your vault, choose <b>Add a device</b> in Devices, then type or paste its
              code here. Joining replaces this device’s empty vault with that one.
            </Text>
            <Alert color={held > 0 ? 'orange' : 'blue'} title="This device must hold no contacts yet" role="note">
              {held > 0
                ? `This device holds ${held} contact${held === 1 ? '' : 's'}, so Rapport will refuse to join: it would have to replace them. Export them first (Settings ▸ Export) and import them on the other device, then delete them here.`
                : 'It holds none, so it can join. Everything it receives comes from the other device.'}
            </Alert>
            <TextInput
              label="Pairing code"
              placeholder="7KQ2 M9XD 4TNB …"
              value={code}
              onChange={(e) => {
                setCode(e.currentTarget.value)
                if (state.step === 'failed') reset()
              }}
              classNames={{ input: classes.codeInput }}
              autoComplete="off"
              spellCheck={false}
              autoFocus
              disabled={state.step === 'joining'}
              description={
                groups.length > 0 ? (
                  <>
                    Read as <Code>{groups.join(' ')}</Code>: spaces and dashes do not matter.
                  </>
                ) : (
                  'Spaces and dashes do not matter.'
                )
              }
            />
            {state.step === 'failed' && <SyncProblem failure={state.failure} what="join" />}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={state.step === 'joining'}>
                Cancel
              </Button>
              <Button type="submit" loading={state.step === 'joining'} disabled={!code.trim()}>
                Join
              </Button>
            </Group>
            {state.step === 'joining' && (
              <Text size="sm" c="dimmed" role="status">
                Connecting to the other device and proving the code…
              </Text>
            )}
          </Stack>
        </form>
      )}
    </Modal>
  )
}
