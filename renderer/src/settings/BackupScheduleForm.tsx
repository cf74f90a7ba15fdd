import { Group, NumberInput, Select, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { BackupScheduleState } from '../../../shared/api/contract'
import { useNow } from '../board/useNow'
import { showError } from '../feedback/showError'
import { timeAgo } from '../format/timeAgo'
import { useRapport } from '../workspace/WorkspaceProvider'
import { intervalChoices } from './backupIntervals'

const maxKept = 365

/** This device's automatic backups: how often, how many are kept, and when the last one was made. */
export const BackupScheduleForm = () => {
  const client = useRapport()
  const now = useNow()
  const [state, setState] = useState<BackupScheduleState | null>(null)
  const [keep, setKeep] = useState<number | string>('')

  useEffect(() => {
    let live = true
    client
      .call('vault.backupSchedule', {})
      .then((loaded) => {
        if (!live) return
        setState(loaded)
        setKeep(loaded.keep)
      })
      .catch((error: unknown) => showError('Could not read the backup schedule', error))
    return () => {
      live = false
    }
  }, [client])

  if (!state) return null
  const save = async (change: Partial<Pick<BackupScheduleState, 'everyHours' | 'keep'>>) => {
    try {
      const saved = await client.call('vault.setBackupSchedule', {
        everyHours: change.everyHours ?? state.everyHours,
        keep: change.keep ?? state.keep,
      })
      setState(saved)
      setKeep(saved.keep)
    } catch (error) {
      showError('Could not change the backup schedule', error)
      setKeep(state.keep)
    }
  }
  const saveKeep = () => {
    const value = typeof keep === 'number' ? keep : Number.parseInt(keep, 10)
    if (Number.isInteger(value) && value >= 1 && value <= maxKept && value !== state.keep) void save({ keep: value })
    else setKeep(state.keep)
  }
  const off = state.everyHours === 0
  return (
    <Group gap="md" align="flex-end">
      <Select
        label="Back up automatically"
        data={intervalChoices(state.everyHours)}
        value={String(state.everyHours)}
        onChange={(value) => value !== null && void save({ everyHours: Number(value) })}
        allowDeselect={false}
        w={200}
      />
      <NumberInput
        label="Keep the last"
        suffix=" backups"
        min={1}
        max={maxKept}
        clampBehavior="strict"
        allowDecimal={false}
        allowNegative={false}
        disabled={off}
        value={keep}
        onChange={setKeep}
        onBlur={saveKeep}
        onKeyDown={(event) => event.key === 'Enter' && saveKeep()}
        w={160}
      />
      <Text size="sm" c="dimmed" pb={8} aria-live="polite">
        {off
          ? 'Automatic backups are off.'
          : `Last automatic backup: ${state.lastAutomaticAt === null ? 'none yet' : timeAgo(state.lastAutomaticAt, now).toLowerCase()}.`}
      </Text>
    </Group>
  )
}
