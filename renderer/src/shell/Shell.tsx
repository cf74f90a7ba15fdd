import { Alert, AppShell, Button, Center, Group, Loader, Stack, Title } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useCallback, useRef, useState } from 'react'
import type { ContactId } from '../../../shared/domain/ids'
import type { NotificationTarget } from '../../../shared/reminders/notificationTarget'
import { currentPage } from '../api/currentPage'
import { BoardView } from '../board/BoardView'
import { CommunitiesView } from '../communities/CommunitiesView'
import type { DevicesDialog } from '../devices/devicesDialog'
import { DevicesView } from '../devices/DevicesView'
import { useContactDrawer } from '../contact/ContactDrawerProvider'
import { ContactsView } from '../contacts/ContactsView'
import { FilterBar } from '../filters/FilterBar'
import { GoalsView } from '../goals/GoalsView'
import { ImportView } from '../import/ImportView'
import { InsightsView } from '../insights/InsightsView'
import { ShortcutsHelp } from '../keyboard/ShortcutsHelp'
import { shortcutById } from '../keyboard/shortcuts'
import { CommandPalette } from '../palette/CommandPalette'
import { usePaletteContext } from '../palette/usePaletteContext'
import { useDueNotifications } from '../reminders/useDueNotifications'
import { useNavigationRequests } from '../reminders/useNavigationRequests'
import { SettingsView } from '../settings/SettingsView'
import { WeekView } from '../week/WeekView'
import { useRapport, useWorkspaceView } from '../workspace/WorkspaceProvider'
import { NavigationLinks } from './NavigationLinks'
import type { Section } from './sections'
import { ThemeSwitch } from './ThemeSwitch'
import classes from './Shell.module.css'

const headerHeight = 56

/** The app's frame once connected: header, sections, and the chosen section. */
export const Shell = () => {
  const [section, setSection] = useState<Section>('Board')
  const searchRef = useRef<HTMLInputElement>(null)
  const view = useWorkspaceView()
  const { newContact, openContact } = useContactDrawer()
  const [helpOpen, setHelpOpen] = useState(false)
  const focusSearch = useCallback(() => {
    setSection((current) => (current === 'Board' || current === 'Contacts' ? current : 'Board'))
    requestAnimationFrame(() => searchRef.current?.focus())
  }, [])
  const showShortcuts = useCallback(() => setHelpOpen(true), [])
  const [devicesDialog, setDevicesDialog] = useState<DevicesDialog | null>(null)
  const openDevicesDialog = useCallback((dialog: DevicesDialog) => {
    setSection('Devices')
    setDevicesDialog(dialog)
  }, [])
  const client = useRapport()
  const [bridge] = useState(() => currentPage().bridge)
  // A notification or the tray leads to the queue, or to a contact over whatever section is showing.
  const goTo = useCallback(
    (target: NotificationTarget) =>
      target.view === 'queue' ? setSection('This week') : openContact(target.contactId as ContactId),
    [openContact],
  )
  useNavigationRequests(bridge, goTo)
  useDueNotifications(client, { enabled: bridge === undefined, onOpen: goTo })
  useHotkeys([
    ...(shortcutById('search').hotkeys ?? []).map((key) => [key, focusSearch] as [string, () => void]),
    ...(shortcutById('help').hotkeys ?? []).map((key) => [key, showShortcuts] as [string, () => void]),
  ])
  const paletteApp = usePaletteContext({ goTo: setSection, showShortcuts, focusSearch, openDevicesDialog })
  const withFilters = section === 'Board' || section === 'Contacts'
  return (
    <AppShell header={{ height: headerHeight }} navbar={{ width: 200, breakpoint: 'xs' }} padding="md">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Title order={1} size="h3">
            Rapport
          </Title>
          <Group gap="sm" wrap="nowrap">
            <Button size="xs" onClick={() => newContact()} disabled={view.status !== 'ready'}>
              New contact
            </Button>
            <ThemeSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <NavigationLinks active={section} onChoose={setSection} />
      </AppShell.Navbar>
      <AppShell.Main className={classes.main}>
        {view.status === 'loading' && (
          <Center h={200}>
            <Loader aria-label="Loading your workspace" />
          </Center>
        )}
        {view.status === 'failed' && (
          <Alert color="red" title="Rapport could not load your workspace">
            {view.message}
          </Alert>
        )}
        {view.status === 'ready' && (
          <Stack gap="md" className={classes.section}>
            {withFilters && <FilterBar searchRef={searchRef} />}
            {section === 'Board' && <BoardView />}
            {section === 'Contacts' && <ContactsView />}
            {section === 'Communities' && <CommunitiesView />}
            {section === 'This week' && <WeekView onGoToGoals={() => setSection('Goals')} />}
            {section === 'Goals' && <GoalsView />}
            {section === 'Insights' && <InsightsView />}
            {section === 'Import' && <ImportView onGoToBoard={() => setSection('Board')} />}
            {section === 'Settings' && <SettingsView />}
            {section === 'Devices' && <DevicesView dialog={devicesDialog} onDialog={setDevicesDialog} />}
          </Stack>
        )}
      </AppShell.Main>
      {view.status === 'ready' && <CommandPalette app={paletteApp} />}
      <ShortcutsHelp opened={helpOpen} onClose={() => setHelpOpen(false)} />
    </AppShell>
  )
}
