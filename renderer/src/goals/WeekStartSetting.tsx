import { Group, Select, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { WeekStart } from '../../../shared/domain'
import { showError } from '../feedback/showError'
import { useRapport } from '../workspace/WorkspaceProvider'

const choices = [
  { value: 'locale', label: 'Follow the locale' },
  { value: '1', label: 'Monday' },
  { value: '0', label: 'Sunday' },
  { value: '6', label: 'Saturday' },
]

/** "Weeks start on": Monday, Sunday, Saturday, or the locale's first day; shared by every device. */
export const WeekStartSetting = () => {
  const client = useRapport()
  const [value, setValue] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    client.call('settings.get', {}).then(
      (s) => current && setValue(s.weekStart === null ? 'locale' : String(s.weekStart)),
      (error: unknown) => showError('Could not read the settings', error),
    )
    return () => {
      current = false
    }
  }, [client])
  const choose = (next: string | null) => {
    if (!next) return
    const weekStart = next === 'locale' ? null : (Number(next) as WeekStart)
    setValue(next)
    client.call('settings.update', { weekStart }).catch((error: unknown) => showError('Could not save', error))
  }
  return (
    <Group gap="xs">
      <Text size="sm">Weeks start on</Text>
      <Select
        aria-label="Weeks start on"
        data={choices}
        value={value}
        onChange={choose}
        allowDeselect={false}
        w={170}
        size="xs"
      />
    </Group>
  )
}
