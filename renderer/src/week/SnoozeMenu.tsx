import { Button, Menu, Modal, Stack } from '@mantine/core'
import { DatePicker } from '@mantine/dates'
import { useState, type Ref } from 'react'
import { morningAfter, morningOf, snoozeChoices } from './snoozeChoices'

/**
 * "Snooze": 1 week, 1 month, or a date picked on a calendar; answers the instant the snooze ends. `buttonRef` lets
 * the caller open the choices itself, as a click would.
 */
export const SnoozeMenu = ({
  name,
  onSnooze,
  buttonRef,
}: {
  name: string
  onSnooze: (until: number) => void
  buttonRef?: Ref<HTMLButtonElement>
}) => {
  const [picking, setPicking] = useState(false)
  const [date, setDate] = useState<string | null>(null)
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button ref={buttonRef} size="compact-sm" variant="subtle" aria-label={`Snooze ${name}`}>
            Snooze
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {snoozeChoices.map((c) => (
            <Menu.Item key={c.days} onClick={() => onSnooze(morningAfter(Date.now(), c.days))}>
              {c.label}
            </Menu.Item>
          ))}
          <Menu.Item onClick={() => setPicking(true)}>Pick a date…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={picking} onClose={() => setPicking(false)} title={`Snooze ${name} until`} size="auto">
        <Stack>
          <DatePicker value={date} onChange={setDate} minDate={new Date()} />
          <Button
            disabled={!date}
            onClick={() => {
              if (date) onSnooze(morningOf(date))
              setPicking(false)
            }}
          >
            Snooze
          </Button>
        </Stack>
      </Modal>
    </>
  )
}
