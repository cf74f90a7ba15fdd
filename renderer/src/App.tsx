import { AppShell, Center, Loader, Title } from '@mantine/core'
import { useConnection } from './api/useConnection'
import { BoardOverview } from './board/BoardOverview'
import { ConnectionProblem } from './shell/ConnectionProblem'
import { NavigationLinks } from './shell/NavigationLinks'

/** The app's frame: header, sections, and the board. */
export const App = () => {
  const connection = useConnection()
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'xs' }} padding="md">
      <AppShell.Header px="md" style={{ display: 'flex', alignItems: 'center' }}>
        <Title order={1} size="h3">
          Rapport
        </Title>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <NavigationLinks active="Board" />
      </AppShell.Navbar>
      <AppShell.Main>
        {connection.status === 'connecting' && (
          <Center h={200}>
            <Loader aria-label="Connecting to Rapport" />
          </Center>
        )}
        {connection.status === 'failed' && <ConnectionProblem message={connection.message} />}
        {connection.status === 'connected' && <BoardOverview client={connection.client} />}
      </AppShell.Main>
    </AppShell>
  )
}
