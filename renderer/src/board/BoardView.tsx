import { Group, Text } from '@mantine/core'
import { Board } from './Board'
import { KeyboardShortcuts } from './KeyboardShortcuts'
import { useBoardModel } from './useBoardModel'
import classes from './BoardView.module.css'

const plural = (count: number, one: string, many: string) => `${count.toLocaleString()} ${count === 1 ? one : many}`

/** The kanban board of relationship stages, with a line of context and its keyboard help above it. */
export const BoardView = () => {
  const model = useBoardModel()
  let shown = 0
  let total = 0
  for (const stage of model.stages) {
    shown += model.columns.get(stage.id)?.length ?? 0
    total += model.totals.get(stage.id) ?? 0
  }
  return (
    <div className={classes.view}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="board-summary">
          {model.filtering
            ? `${shown.toLocaleString()} of ${plural(total, 'contact', 'contacts')} match`
            : `${plural(total, 'contact', 'contacts')} in ${plural(model.stages.length, 'stage', 'stages')}`}
        </Text>
        <KeyboardShortcuts />
      </Group>
      <Board model={model} />
    </div>
  )
}
