import { Alert, Button, Code, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { BackupWritten } from '../../../shared/api/contract'
import { useBusyAction } from '../feedback/useBusyAction'
import { useRapport } from '../workspace/WorkspaceProvider'
import { BackupScheduleForm } from './BackupScheduleForm'

/** Backs the vault up on demand, and says how automatic backups and restoring work. */
export const BackupSection = () => {
  const client = useRapport()
  const { busy, run } = useBusyAction()
  const [written, setWritten] = useState<BackupWritten | null>(null)
  const backUp = () => run('Could not back up', async () => setWritten(await client.call('vault.backup', {})))
  return (
    <Stack gap="xs" component="section" aria-labelledby="settings-backups">
      <Title order={3} size="h4" id="settings-backups">
        Backups
      </Title>
      <Text size="sm">
        A backup holds your whole vault, history included, in the <Code>backups</Code> folder of the data folder. To
        restore one, quit Rapport and run <Code>rapport restore FILE</Code>.
      </Text>
      <BackupScheduleForm />
      <div>
        <Button variant="default" loading={busy} onClick={() => void backUp()}>
          Back up now
        </Button>
      </div>
      {written && (
        <Alert color="green" title="Backup written" role="status">
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            <Code>{written.file}</Code>
          </Text>
        </Alert>
      )}
    </Stack>
  )
}
