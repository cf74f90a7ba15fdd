import { SimpleGrid, Stack } from '@mantine/core'
import { useContactForm } from '../ContactFormContext'
import type { Stage } from '../../../../shared/domain'
import { CommunitiesField } from '../fields/CommunitiesField'
import { ConnectedOnField } from '../fields/DateField'
import { ListField } from '../fields/ListField'
import { CadenceField, StageField } from '../fields/SelectFields'
import { TextField } from '../fields/TextField'
import { SharedCommunities } from './SharedCommunities'

/** Where the relationship stands: stage, cadence, history, and the labels used to find people. */
export const RelationshipSection = ({ stages, suggestions }: { stages: Stage[]; suggestions: { tags: string[] } }) => {
  const form = useContactForm()
  const stageCadence = stages.find((s) => s.id === form.stageId)?.cadenceDays ?? null
  return (
    <Stack gap="sm">
      <SimpleGrid cols={3} spacing="sm">
        <StageField stages={stages} />
        <CadenceField stageCadence={stageCadence} />
        <ConnectedOnField />
      </SimpleGrid>
      <TextField field="howWeMet" label="How we met" placeholder="Conference, intro from a friend, a thread..." />
      <SimpleGrid cols={2} spacing="sm">
        <ListField field="tags" label="Tags" suggestions={suggestions.tags} placeholder="Add a tag" />
        <CommunitiesField />
      </SimpleGrid>
      <SharedCommunities />
    </Stack>
  )
}
