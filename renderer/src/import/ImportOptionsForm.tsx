import { Group, Select, TagsInput } from '@mantine/core'
import { useMemo } from 'react'
import { importFormats, type ImportFormat } from '../../../shared/import/importedContact'
import { boardStages } from '../../../shared/selectors/boardStages'
import { useMirror } from '../workspace/WorkspaceProvider'
import { formatLabels } from './importLabels'
import type { ImportWizardModel } from './useImportWizard'

const formatOptions = importFormats.map((value) => ({ value, label: formatLabels[value] }))

/** The file's format (to read it again as another), the stage for new contacts and their tags. */
export const ImportOptionsForm = ({ wizard, format }: { wizard: ImportWizardModel; format: ImportFormat }) => {
  const mirror = useMirror()
  const stages = useMemo(() => boardStages(mirror.stages), [mirror.stages])
  const knownTags = useMemo(() => {
    const tags = new Set<string>()
    for (const contact of mirror.contacts.values()) for (const tag of contact.tags) tags.add(tag)
    return [...tags].sort((a, b) => a.localeCompare(b))
  }, [mirror.contacts])
  const stageId = wizard.options.stageId ?? stages[0]?.id ?? null
  // Changing an option stages the file again: not while it is being imported.
  const locked = wizard.committing !== null
  return (
    <Group align="flex-end" gap="md" grow>
      <Select
        label="File format"
        data={formatOptions}
        value={format}
        allowDeselect={false}
        disabled={locked}
        onChange={(value) => value && wizard.chooseFormat(value as ImportFormat)}
      />
      <Select
        label="Stage for new contacts"
        description={
          format === 'json' ? 'Contacts of a Rapport export keep their own stage; this is for the rest.' : undefined
        }
        data={stages.map((s) => ({ value: s.id, label: s.name }))}
        value={stageId}
        allowDeselect={false}
        disabled={locked}
        onChange={(value) => value && wizard.setStageId(value)}
      />
      <TagsInput
        label="Tags for new contacts"
        placeholder="Type a tag, then Enter"
        data={knownTags}
        value={wizard.options.tags}
        onChange={wizard.setTags}
        disabled={locked}
        clearable
      />
    </Group>
  )
}
