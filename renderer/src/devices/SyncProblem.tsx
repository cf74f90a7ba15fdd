import { Alert, Button, Code, Stack, Text } from '@mantine/core'
import type { SyncFailure } from './syncAvailability'

type Props = { failure: SyncFailure; what: string; onRetry?: () => void }

const NotRunning = ({ message }: { message: string }) => (
  <>
    <Text size="sm">
      Devices sync while the Rapport desktop app is open, or while <Code>rapport serve</Code> runs on an always-on
      computer. The Rapport this window is connected to does not run sync, so it cannot list, pair or change devices
      here. Your contacts are safe and everything else works as usual.
    </Text>
    <Text size="sm" opacity={0.8}>
      Rapport said: {message}
    </Text>
  </>
)

/**
 * Why a sync command failed. When sync is not running in the Rapport this window talks to, it says where sync
 * runs instead of showing an error; any other failure is given in the core's words.
 */
export const SyncProblem = ({ failure, what, onRetry }: Props) => (
  <Alert
    color={failure.notRunning ? 'yellow' : 'red'}
    title={failure.notRunning ? 'Sync is not running here' : `Could not ${what}`}
    role={failure.notRunning ? 'status' : 'alert'}
  >
    <Stack gap="xs">
      {failure.notRunning ? <NotRunning message={failure.message} /> : <Text size="sm">{failure.message}</Text>}
      {onRetry && (
        <div>
          <Button size="xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        </div>
      )}
    </Stack>
  </Alert>
)
