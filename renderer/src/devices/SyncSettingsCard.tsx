import { Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import type { CommandInput } from '../../../shared/api/contract'
import type { SyncSettings } from '../../../shared/api/syncResults'
import { deviceNameSchema } from '../../../shared/api/syncSchemas'
import { listeningPortOf } from './listeningPort'

type Props = {
  settings: SyncSettings
  change: (change: CommandInput<'sync.setSettings'>) => Promise<boolean>
}

/** A text setting saved on Enter or on leaving the field, checked first; it follows the stored value otherwise. */
const SavedText = ({
  stored,
  check,
  save,
  width,
  ...input
}: {
  stored: string
  check: (text: string) => string | null
  save: (text: string) => Promise<boolean>
  label: string
  description: string
  placeholder?: string
  /** The width of the field itself; its label and messages wrap wider. */
  width: number
}) => {
  const [text, setText] = useState(stored)
  const [error, setError] = useState<string | null>(null)
  // Enter saves, and so does the blur that may follow: one change at a time.
  const inFlight = useRef(false)
  useEffect(() => setText(stored), [stored])
  const commit = async () => {
    if (inFlight.current) return
    if (text.trim() === stored) return setText(stored)
    const problem = check(text)
    if (problem) return setError(problem)
    inFlight.current = true
    const saved = await save(text)
    inFlight.current = false
    if (!saved) setText(stored)
  }
  return (
    <TextInput
      {...input}
      styles={{ wrapper: { maxWidth: width } }}
      value={text}
      error={error}
      onChange={(e) => {
        setText(e.currentTarget.value)
        setError(null)
      }}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void commit()
        if (e.key === 'Escape') {
          setText(stored)
          setError(null)
        }
      }}
    />
  )
}

/** This device's sync settings (`sync.setSettings`, one setting per change). */
export const SyncSettingsCard = ({ settings, change }: Props) => (
  <Paper withBorder radius="md" p="md" component="section" aria-labelledby="sync-settings">
    <Stack gap="md" maw={760}>
      <Title order={3} size="h4" id="sync-settings">
        Sync settings of this device
      </Title>
      <Switch
        label="Sync with my other devices"
        description="Off: this device neither connects to your other devices nor accepts them; nothing else changes."
        checked={settings.enabled}
        onChange={(e) => void change({ enabled: e.currentTarget.checked })}
      />
      <SavedText
        label="This device’s name"
        description="How your other devices show this one."
        stored={settings.deviceName}
        width={360}
        check={(text) => {
          const parsed = deviceNameSchema.safeParse(text)
          return parsed.success ? null : `The name ${parsed.error.issues[0]?.message ?? 'is not valid'}.`
        }}
        save={(text) => change({ deviceName: text.trim() })}
      />
      <Switch
        label="Find my devices on this network"
        description="Uses mDNS on the local network. It announces only a device id and a key fingerprint, never a name or your data."
        checked={settings.lanDiscovery}
        disabled={!settings.enabled}
        onChange={(e) => void change({ lanDiscovery: e.currentTarget.checked })}
      />
      <Switch
        label="Sync across networks"
        description={
          <>
            Finds your devices when they are on different networks (a laptop at a café, a desktop at home) through a
            public peer-to-peer network, the Hyperswarm DHT, with no server of ours. Only your paired devices can
            connect, and your data stays end-to-end encrypted; the network’s nodes do see this computer’s IP address.
            Off unless you turn it on.
          </>
        }
        checked={settings.internet}
        disabled={!settings.enabled}
        onChange={(e) => void change({ internet: e.currentTarget.checked })}
      />
      <SavedText
        label="Listening port"
        description="The TCP port your other devices connect to. Blank: any free port, kept from then on."
        placeholder="Automatic"
        stored={settings.port === null ? '' : String(settings.port)}
        width={200}
        check={(text) => {
          const port = listeningPortOf(text)
          return port.ok ? null : port.error
        }}
        save={(text) => {
          const port = listeningPortOf(text)
          return port.ok ? change({ port: port.value }) : Promise.resolve(false)
        }}
      />
      <Text size="xs" c="dimmed">
        These settings are this device’s own; each device has its own.
      </Text>
    </Stack>
  </Paper>
)
