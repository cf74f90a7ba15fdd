import { Button, Group, TextInput, Tooltip, UnstyledButton } from '@mantine/core'
import { useState } from 'react'
import { PlusIcon } from './icons'
import { useStageCommands } from './useStageCommands'
import classes from './AddStageColumn.module.css'

/** The column after the last stage: "Add stage", then a name field that creates it at the end. */
export const AddStageColumn = ({ lastStageId }: { lastStageId: string | undefined }) => {
  const { create } = useStageCommands()
  const [name, setName] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async () => {
    const trimmed = name?.trim()
    if (!trimmed) return
    setBusy(true)
    const done = await create(trimmed, lastStageId)
    setBusy(false)
    if (done) setName(null)
  }
  if (name === null) {
    return (
      <div className={classes.collapsed}>
        <Tooltip label="Add a stage at the end" position="left" openDelay={300}>
          <UnstyledButton className={classes.add} onClick={() => setName('')} aria-label="Add stage">
            <PlusIcon size={16} />
            <span className={classes.label}>Add stage</span>
          </UnstyledButton>
        </Tooltip>
      </div>
    )
  }
  return (
    <form
      className={classes.editing}
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <TextInput
        size="sm"
        autoFocus
        aria-label="New stage name"
        placeholder="Stage name"
        maxLength={60}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Escape' && setName(null)}
      />
      <Group gap="xs" mt="xs">
        <Button type="submit" size="xs" loading={busy} disabled={!name.trim()}>
          Add stage
        </Button>
        <Button size="xs" variant="subtle" color="gray" onClick={() => setName(null)}>
          Cancel
        </Button>
      </Group>
    </form>
  )
}
