import { Button, Group, Text } from '@mantine/core'
import { memo } from 'react'
import type { QueueRow } from '../../../shared/api/habitResults'
import type { Stage } from '../../../shared/domain'
import { CadenceMenu } from './CadenceMenu'
import { SnoozeMenu } from './SnoozeMenu'
import classes from './WeekView.module.css'

/** What one queue row shows and does. */
export type QueueRowProps = {
  row: QueueRow
  index: number
  stage: Stage | undefined
  cadenceDays: number | null
  selected: boolean
  onSelect: (index: number) => void
  onLog: (row: QueueRow) => void
  onOpen: (row: QueueRow) => void
  onSnooze: (row: QueueRow, until: number) => void
  onDismiss: (row: QueueRow) => void
  onCadence: (row: QueueRow, days: number | null) => void
}

/** One person to reach out to: who, where they stand, why now, and what can be done right here. */
export const QueueRowItem = memo(function QueueRowItem(props: QueueRowProps) {
  const { row, stage } = props
  return (
    <div
      role="listitem"
      aria-label={row.name}
      data-selected={props.selected || undefined}
      data-contact-id={row.contactId}
      tabIndex={props.selected ? 0 : -1}
      className={classes.row}
      onFocus={() => props.onSelect(props.index)}
      onClick={() => props.onSelect(props.index)}
    >
      <div className={classes.who}>
        <Group gap="xs" wrap="nowrap">
          <Text fw={600} truncate>
            {row.name}
          </Text>
          {row.company && (
            <Text size="sm" c="dimmed" truncate>
              {row.company}
            </Text>
          )}
          {stage && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              <span className={classes.dot} style={{ background: stage.colour }} aria-hidden />
              {stage.name}
            </Text>
          )}
        </Group>
        <Text size="sm" c="dimmed" data-testid="queue-reasons">
          {row.reasons.join(' · ')}
        </Text>
      </div>
      <Group gap={4} wrap="nowrap">
        <Button size="compact-sm" variant="light" onClick={() => props.onLog(row)} aria-label={`Log ${row.name}`}>
          Log
        </Button>
        <SnoozeMenu name={row.name} onSnooze={(until) => props.onSnooze(row, until)} />
        <CadenceMenu name={row.name} current={props.cadenceDays} onChoose={(days) => props.onCadence(row, days)} />
        <Button size="compact-sm" variant="subtle" onClick={() => props.onOpen(row)} aria-label={`Open ${row.name}`}>
          Open
        </Button>
        <Button
          size="compact-sm"
          variant="subtle"
          color="gray"
          onClick={() => props.onDismiss(row)}
          aria-label={`Dismiss ${row.name}`}
        >
          Dismiss
        </Button>
      </Group>
    </div>
  )
})
