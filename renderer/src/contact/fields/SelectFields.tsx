import { ColorSwatch, Group, Select, Text } from '@mantine/core'
import { useMemo, useState } from 'react'
import type { Stage, StageId } from '../../../../shared/domain'
import { cadenceChoices, cadenceDaysFor, cadenceValue } from '../cadence'
import { useContactForm } from '../ContactFormContext'
import { useContactField } from '../useContactField'

/** "Stage": picking one moves the contact to the end of that stage. */
export const StageField = ({ stages }: { stages: Stage[] }) => {
  const form = useContactForm()
  const [shown, setShown] = useState<{ stageId: string | null; from: string | null }>({
    stageId: form.stageId,
    from: form.stageId,
  })
  // Follows moves made elsewhere; the person's pick shows at once, before the core confirms it.
  const stageId = shown.from === form.stageId ? shown.stageId : form.stageId
  const colours = useMemo(() => new Map(stages.map((s) => [s.id as string, s.colour])), [stages])
  return (
    <Select
      label="Stage"
      data={stages.map((s) => ({ value: s.id, label: s.name }))}
      value={stageId}
      allowDeselect={false}
      leftSection={stageId ? <ColorSwatch color={colours.get(stageId) ?? '#868e96'} size={10} /> : undefined}
      renderOption={({ option }) => (
        <Group gap="xs" wrap="nowrap">
          <ColorSwatch color={colours.get(option.value) ?? '#868e96'} size={10} />
          <Text size="sm">{option.label}</Text>
        </Group>
      )}
      onChange={(value) => {
        if (!value || value === stageId) return
        setShown({ stageId: value, from: form.stageId })
        void form.moveToStage(value as StageId).then((result) => {
          if (!result.ok) setShown({ stageId: form.stageId, from: form.stageId })
        })
      }}
    />
  )
}

/** How a stage's default cadence reads under the field: "Uses the stage's default: monthly". */
const stageDefaultText = (stageCadence: number | null): string | undefined => {
  if (stageCadence === null) return undefined
  const label = cadenceChoices(stageCadence).find((c) => c.value === cadenceValue(stageCadence))?.label ?? ''
  return `Uses the stage’s default: ${label.toLowerCase()}`
}

/**
 * "Keep in touch": how often to reach out, saved as a number of days. With none of its own, the contact follows its
 * stage's default, which the field says.
 */
export const CadenceField = ({ stageCadence = null }: { stageCadence?: number | null }) => {
  const f = useContactField('cadenceDays')
  return (
    <Select
      label="Keep in touch"
      data={cadenceChoices(f.draft)}
      value={cadenceValue(f.draft)}
      allowDeselect={false}
      error={f.error}
      description={f.draft === null ? stageDefaultText(stageCadence) : undefined}
      onChange={(value) => {
        const days = cadenceDaysFor(value)
        f.edit(days)
        void f.commit(days)
      }}
    />
  )
}
