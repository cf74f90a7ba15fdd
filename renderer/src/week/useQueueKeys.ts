import { useHotkeys } from '@mantine/hooks'
import { queueHotkeys, type QueueKeyActions } from './queueHotkeys'

const page = {
  // A key meant for a dialog (the drawer, a modal, a menu) is not the queue's.
  dialogOpen: () => document.querySelector('[role="dialog"], [role="menu"]') !== null,
  // Enter on a focused button or link presses it.
  onControl: () => document.activeElement?.closest('button, a') != null,
}

/** Binds This week's keys (`queueHotkeys`) to the selected row. */
export const useQueueKeys = (keys: QueueKeyActions): void => useHotkeys(queueHotkeys(keys, page))
