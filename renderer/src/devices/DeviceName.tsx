import { ActionIcon, Group, TextInput, Title, Tooltip } from '@mantine/core'
import { useRef, useState } from 'react'
import { deviceNameSchema } from '../../../shared/api/syncSchemas'
import { PencilIcon } from './deviceIcons'

/** A device's name, renamed in place: the pencil (or a double click) edits, Enter or leaving saves, Esc cancels. */
export const DeviceName = ({ name, onRename }: { name: string; onRename: (name: string) => Promise<boolean> }) => {
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  // Enter saves, and so does the blur that may follow: one rename at a time.
  const inFlight = useRef(false)
  const stop = () => {
    setDraft(null)
    setError(null)
  }
  const save = async () => {
    if (draft === null || inFlight.current) return
    const parsed = deviceNameSchema.safeParse(draft)
    if (!parsed.success) return setError(`The name ${parsed.error.issues[0]?.message ?? 'is not valid'}.`)
    if (parsed.data === name) return stop()
    inFlight.current = true
    setSaving(true)
    const ok = await onRename(parsed.data)
    inFlight.current = false
    setSaving(false)
    if (ok) stop()
  }
  if (draft !== null) {
    return (
      <TextInput
        aria-label="Device name"
        value={draft}
        error={error}
        disabled={saving}
        autoFocus
        onChange={(e) => {
          setDraft(e.currentTarget.value)
          setError(null)
        }}
        onBlur={() => void save()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void save()
          if (e.key === 'Escape') {
            e.stopPropagation()
            stop()
          }
        }}
        maw={360}
      />
    )
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Title order={3} size="h4" onDoubleClick={() => setDraft(name)}>
        {name}
      </Title>
      <Tooltip label="Rename" withArrow openDelay={200}>
        <ActionIcon variant="subtle" color="gray" aria-label={`Rename ${name}`} onClick={() => setDraft(name)}>
          <PencilIcon />
        </ActionIcon>
      </Tooltip>
    </Group>
  )
}
