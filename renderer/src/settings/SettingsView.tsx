import { Stack, Text, Title } from '@mantine/core'
import { AboutSection } from './AboutSection'
import { BackupSection } from './BackupSection'
import { ExportSection } from './ExportSection'
import classes from './SettingsView.module.css'

/** The Settings section: export, backups, and facts about the app. */
export const SettingsView = () => (
  <Stack gap="xl" className={classes.view}>
    <Stack gap={4}>
      <Title order={2}>Settings</Title>
      <Text c="dimmed">Export your contacts, back up your vault, and see where Rapport keeps its data.</Text>
    </Stack>
    <ExportSection />
    <BackupSection />
    <AboutSection />
  </Stack>
)
