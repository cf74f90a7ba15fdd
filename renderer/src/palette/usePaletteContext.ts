import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMemo } from 'react'
import { useContactDrawer } from '../contact/ContactDrawerProvider'
import type { DevicesDialog } from '../devices/devicesDialog'
import { useBusyAction } from '../feedback/useBusyAction'
import type { Section } from '../shell/sections'
import { useRapport } from '../workspace/WorkspaceProvider'
import type { PaletteContext } from './paletteCommands'

/** What the palette's commands do outside the palette itself. */
export type ShellContext = Omit<PaletteContext, 'pickContactToLog' | 'pickContactToSnooze' | 'pickContactToRemind'>

type ShellHandles = {
  goTo: (section: Section) => void
  openDevicesDialog: (dialog: DevicesDialog) => void
  showShortcuts: () => void
  focusSearch: () => void
}

/** What the palette's commands do in the running app. */
export const usePaletteContext = ({
  goTo,
  openDevicesDialog,
  showShortcuts,
  focusSearch,
}: ShellHandles): ShellContext => {
  const client = useRapport()
  const { newContact } = useContactDrawer()
  const { setColorScheme } = useMantineColorScheme()
  const shown = useComputedColorScheme('light')
  const { run } = useBusyAction()
  return useMemo<ShellContext>(
    () => ({
      goTo,
      newContact: () => newContact(),
      toggleTheme: () => setColorScheme(shown === 'dark' ? 'light' : 'dark'),
      backUp: () =>
        void run('Could not back up', async () => {
          const written = await client.call('vault.backup', {})
          notifications.show({ color: 'green', title: 'Backup written', message: written.file })
        }),
      showExport: () => {
        goTo('Settings')
        requestAnimationFrame(() => {
          const heading = document.getElementById('settings-export')
          heading?.scrollIntoView({ block: 'start' })
          heading?.parentElement?.querySelector<HTMLButtonElement>('button')?.focus()
        })
      },
      newGoal: () => {
        goTo('Goals')
        requestAnimationFrame(() => document.getElementById('goals-new')?.click())
      },
      openDevicesDialog,
      showShortcuts,
      focusSearch,
    }),
    [client, focusSearch, goTo, newContact, openDevicesDialog, run, setColorScheme, showShortcuts, shown],
  )
}
