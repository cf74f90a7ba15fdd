import { Divider, Stack } from '@mantine/core'
import { useMemo } from 'react'
import { boardStages } from '../../../shared/selectors/boardStages'
import { contactFacets } from '../../../shared/selectors/facets'
import { useMirror } from '../workspace/WorkspaceProvider'
import { NotesField } from './fields/NotesField'
import { NameSection, ReachSection } from './sections/IdentitySection'
import { OfferSection } from './sections/OfferSection'
import { RelationshipSection } from './sections/RelationshipSection'
import { useContactForm } from './ContactFormContext'

/** Every field of a contact, in sections; the same for a new contact and an existing one. */
export const ContactFieldsForm = () => {
  const form = useContactForm()
  const mirror = useMirror()
  const suggestions = useMemo(() => contactFacets(mirror.contacts.values()), [mirror.contacts])
  const stages = useMemo(() => {
    const active = boardStages(mirror.stages)
    // A contact may sit in an archived stage: keep that stage pickable so the select shows it.
    const current = mirror.stages.find((s) => s.id === form.stageId)
    return current && current.archived ? [...active, current] : active
  }, [mirror.stages, form.stageId])
  return (
    <Stack gap="md">
      <NameSection />
      <OfferSection />
      <Divider label="Relationship" labelPosition="left" />
      <RelationshipSection stages={stages} suggestions={suggestions} />
      <Divider label="Contact details" labelPosition="left" />
      <ReachSection />
      <Divider />
      <NotesField />
    </Stack>
  )
}
