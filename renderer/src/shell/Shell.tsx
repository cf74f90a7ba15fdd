import { Alert, AppShell, Button, Center, Group, Loader, Stack, Title } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useRef, useState } from 'react'
import { BoardView } from '../board/BoardView'
import { useContactDrawer } from '../contact/ContactDrawerProvider'
import { ContactsView } from '../contacts/ContactsView'
import { FilterBar } from '../filters/FilterBar'
import { GoalsView } from '../goals/GoalsView'
import { ImportView } from '../import/ImportView'
import { InsightsView } from '../insights/InsightsView'
import { SettingsView } from '../settings/SettingsView'
import { WeekView } from '../week/WeekView'
import { useWorkspaceView } from '../workspace/WorkspaceProvider'
import { ComingSoon } from './ComingSoon'
import { availableSections, NavigationLinks, type Section } from './NavigationLinks'
import { ThemeSwitch } from './ThemeSwitch'
import classes from './Shell.module.css'

const headerHeight = 56

/** The app's frame once connected: header, sections, and the chosen section. */
export const Shell = () => {
  const [section, setSection] = useState<Section>('Board')
  const searchRef = useRef<HTMLInputElement>(null)
  const view = useWorkspaceView()
  const { newContact } = useContactDrawer()
  const focusSearch = () => searchRef.current?.focus()
  useHotkeys([
    ['/', focusSearch],
    ['mod+K', focusSearch],
  ])
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
            {section === 'This week' && <WeekView onGoToGoals={() => setSection('Goals')} />}
            {section === 'Goals' && <GoalsView />}
            {section === 'Insights' && <InsightsView />}
            {section === 'Import' && <ImportView onGoToBoard={() => setSection('Board')} />}
            {section === 'Settings' && <SettingsView />}
            {!availableSections.has(section) && <ComingSoon section={section} />}
          </Stack>
        )}
      </AppShell.Main>
    </AppShell>
  )
}
