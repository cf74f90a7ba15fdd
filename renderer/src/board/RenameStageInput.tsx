import { TextInput } from '@mantine/core'
import { useRef, useState } from 'react'
import type { Stage } from '../../../shared/domain'
import { useStageCommands } from './useStageCommands'

/** Renames a stage in place: Enter or leaving saves, Escape cancels. */
export const RenameStageInput = ({ stage, onDone }: { stage: Stage; onDone: () => void }) => {
  const { rename } = useStageCommands()
  const [name, setName] = useState(stage.name)
  // Leaving the field after Enter or Escape must not act a second time.
  const finished = useRef(false)
  const finish = (keep: boolean) => {
    if (finished.current) return
    finished.current = true
    onDone()
    const trimmed = name.trim()
    if (keep && trimmed && trimmed !== stage.name) void rename(stage, trimmed)
  }
  return (
    <TextInput
      size="xs"
      autoFocus
      aria-label="Stage name"
      value={name}
      maxLength={60}
      onChange={(event) => setName(event.currentTarget.value)}
      onFocus={(event) => event.currentTarget.select()}
      onBlur={() => finish(true)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') finish(true)
        if (event.key === 'Escape') finish(false)
      }}
      style={{ flex: 1, minWidth: 0 }}
    />
  )
}
