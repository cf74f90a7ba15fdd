import { Button, Group, Popover, TagsInput } from '@mantine/core'
import { useMemo, useState } from 'react'
import { labelSchema } from '../../../shared/api/fieldSchemas'
import { contactFacets } from '../../../shared/selectors/facets'
import { useMirror } from '../workspace/WorkspaceProvider'

/** "Add tag": pick existing tags or type new ones, then tag every selected contact. */
export const AddTagPopover = ({ onAdd }: { onAdd: (tags: string[]) => Promise<void> }) => {
  const [opened, setOpened] = useState(false)
  const { contacts } = useMirror()
  // Only while open: a pass over every contact is not worth doing on each change otherwise.
  const tags = useMemo(() => (opened ? contactFacets(contacts.values()).tags : []), [opened, contacts])
  const [chosen, setChosen] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const invalid = chosen.map((t) => labelSchema.safeParse(t)).find((r) => !r.success)
  const submit = async () => {
    if (chosen.length === 0 || invalid) return
    setBusy(true)
    await onAdd(chosen)
    setBusy(false)
    setChosen([])
    setOpened(false)
  }
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" trapFocus withinPortal shadow="md">
      <Popover.Target>
        <Button size="xs" variant="default" onClick={() => setOpened((o) => !o)}>
          Add tag
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void submit()
          }}
        >
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TagsInput
              label="Tags to add"
              placeholder="Pick or type, then Enter"
              data={tags}
              value={chosen}
              onChange={setChosen}
              error={invalid ? `Tag ${invalid.error?.issues[0].message}` : undefined}
              w={260}
              comboboxProps={{ withinPortal: false }}
              data-autofocus
            />
            <Button type="submit" loading={busy} disabled={chosen.length === 0 || Boolean(invalid)}>
              Add to selected
            </Button>
          </Group>
        </form>
      </Popover.Dropdown>
    </Popover>
  )
}
