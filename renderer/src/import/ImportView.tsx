import { Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { ImportWizard } from './ImportWizard'
import { RecentImports } from './RecentImports'
import classes from './ImportView.module.css'

/** The Import section: the wizard, then the recent imports with their undo. */
export const ImportView = ({ onGoToBoard }: { onGoToBoard: () => void }) => {
  const [version, setVersion] = useState(0)
  const changed = () => setVersion((v) => v + 1)
  return (
    <Stack gap="lg" className={classes.view}>
      <Stack gap={4}>
        <Title order={2}>Import contacts</Title>
        <Text c="dimmed">
          Bring in your LinkedIn connections, Google Contacts, vCards or a Rapport export. Importing the same file again
          updates company and position, and never duplicates anyone or overwrites what you wrote.
        </Text>
      </Stack>
      <ImportWizard onGoToBoard={onGoToBoard} onChanged={changed} />
      <RecentImports version={version} onUndone={changed} />
    </Stack>
  )
}
