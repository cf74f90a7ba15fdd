import { Button, Group, Menu, Text } from '@mantine/core'
import { useState } from 'react'
import type { Contact, ContactId, Stage, StageId } from '../../../shared/domain'
import { cadenceChoices, cadenceDaysFor } from '../contact/cadence'
import { AddTagPopover } from './AddTagPopover'
import classes from './BulkActionBar.module.css'
import { MergeContactsModal } from './MergeContactsModal'

/** What the bar can ask for; each returns once the command has run (or failed and said so). */
export type BulkActions = {
  moveTo: (stageId: StageId) => Promise<void>
  addTags: (tags: string[]) => Promise<void>
  /** Sets (or, with null, clears) the keep-in-touch cadence of every selected contact. */
  setCadence: (cadenceDays: number | null) => Promise<void>
  archive: () => Promise<void>
  /** Merges one contact into the other; true once it succeeded. */
  merge: (keepId: ContactId, mergeId: ContactId) => Promise<boolean>
  clear: () => void
}

/**
 * Above the table: how many contacts are shown, and once some are selected, what can be done to
 * all of them at once. Always the same height, so selecting never shifts the table.
 */
export const BulkActionBar = ({
  shown,
  selected,
  pair,
  stages,
  actions,
}: {
  shown: number
  selected: number
  /** The selected contacts when exactly two are selected: what "Merge" combines. */
  pair: readonly [Contact, Contact] | null
  stages: Stage[]
  actions: BulkActions
}) => {
  const [merging, setMerging] = useState(false)
  return (
    <Group
      className={classes.bar}
      data-active={selected > 0 || undefined}
      justify="space-between"
      wrap="nowrap"
      role="toolbar"
      aria-label="Bulk actions"
    >
      {selected === 0 ? (
        <>
          <Text size="sm" c="dimmed">
            {shown.toLocaleString()} {shown === 1 ? 'contact' : 'contacts'}
          </Text>
          <Text size="xs" c="dimmed" visibleFrom="md">
            ↑↓ move · Space select · Shift+click a range · Enter open
          </Text>
        </>
      ) : (
        <>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={600} aria-live="polite">
              {selected.toLocaleString()} selected
            </Text>
            <Menu position="bottom-start" withinPortal>
              <Menu.Target>
                <Button size="xs" variant="default">
                  Move to stage
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {stages.map((stage) => (
                  <Menu.Item
                    key={stage.id}
                    onClick={() => void actions.moveTo(stage.id)}
                    leftSection={<span className={classes.dot} style={{ background: stage.colour }} />}
                  >
                    {stage.name}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            <AddTagPopover onAdd={actions.addTags} />
            <Menu position="bottom-start" withinPortal>
              <Menu.Target>
                <Button size="xs" variant="default">
                  Set cadence
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {cadenceChoices(null).map((choice) => (
                  <Menu.Item key={choice.value} onClick={() => void actions.setCadence(cadenceDaysFor(choice.value))}>
                    {choice.label}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            <Button size="xs" variant="default" color="red" onClick={() => void actions.archive()}>
              Archive
            </Button>
            <Button size="xs" variant="default" disabled={!pair} onClick={() => setMerging(true)}>
              Merge
            </Button>
            {pair && merging && (
              <MergeContactsModal
                pair={pair}
                stages={stages}
                opened
                onClose={() => setMerging(false)}
                onMerge={actions.merge}
              />
            )}
          </Group>
          <Button size="xs" variant="subtle" onClick={actions.clear}>
            Clear selection
          </Button>
        </>
      )}
    </Group>
  )
}
