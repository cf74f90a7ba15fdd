import { Center, Loader } from '@mantine/core'
import { useConnection } from './api/useConnection'
import { ContactDrawerProvider } from './contact/ContactDrawerProvider'
import { QuickLogProvider } from './contact/QuickLogProvider'
import { FiltersProvider } from './filters/FiltersProvider'
import { MergeFlowProvider } from './merge/MergeFlowProvider'
import { ConnectionProblem } from './shell/ConnectionProblem'
import { Shell } from './shell/Shell'
import { WorkspaceProvider } from './workspace/WorkspaceProvider'

/** The app: connect to the core, then show the shell over the live workspace. */
export const App = () => {
  const connection = useConnection()
  if (connection.status === 'connecting') {
    return (
      <Center h="100dvh">
        <Loader aria-label="Connecting to Rapport" />
      </Center>
    )
  }
  if (connection.status === 'failed') return <ConnectionProblem message={connection.message} />
  return (
    <WorkspaceProvider client={connection.client}>
      <FiltersProvider>
        <MergeFlowProvider>
          <ContactDrawerProvider>
            <QuickLogProvider>
              <Shell />
            </QuickLogProvider>
          </ContactDrawerProvider>
        </MergeFlowProvider>
      </FiltersProvider>
    </WorkspaceProvider>
  )
}
