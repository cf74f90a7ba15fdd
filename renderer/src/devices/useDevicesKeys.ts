import { useHotkeys } from '@mantine/hooks'
import { shortcuts } from '../keyboard/shortcuts'
import { devicesKeyDialog, type DevicesDialog } from './devicesDialog'

// A key meant for a dialog (a modal, a menu, the palette) is not the page's.
const dialogOpen = () => document.querySelector('[role="dialog"], [role="menu"]') !== null

// Bound from the one list of keys, so the help shows the keys the page answers.
const pageKeys = shortcuts.filter((s) => s.scope === 'Devices').flatMap((s) => s.keys.map(([key]) => key.toLowerCase()))

/** The Devices section's keys: A adds a device, J joins another device's vault, C connects by address. */
export const useDevicesKeys = (open: (dialog: DevicesDialog) => void, enabled: boolean): void => {
  useHotkeys(
    pageKeys.map((key) => [
      key,
      () => {
        const dialog = devicesKeyDialog(key)
        if (enabled && dialog && !dialogOpen()) open(dialog)
      },
    ]),
  )
}
