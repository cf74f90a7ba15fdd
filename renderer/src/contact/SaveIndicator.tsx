import { Text } from '@mantine/core'
import type { SaveStatus } from './useSaveStatus'

const words: Record<SaveStatus, string> = { idle: '', saving: 'Saving...', saved: 'Saved', failed: 'Not saved' }

/** A quiet word in the drawer's header about the latest saves. */
export const SaveIndicator = ({ status }: { status: SaveStatus }) => (
  <Text size="xs" c={status === 'failed' ? 'red' : 'dimmed'} role="status" aria-live="polite" miw={60} ta="right">
    {words[status]}
  </Text>
)
