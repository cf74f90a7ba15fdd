import { ActionIcon, SimpleGrid, Stack } from '@mantine/core'
import { TextField } from '../fields/TextField'
import { useContactForm } from '../ContactFormContext'
import { fieldError } from '../fieldChange'
import { ListField } from '../fields/ListField'

const OpenLink = ({ url }: { url: string }) => (
  <ActionIcon
    component="a"
    href={url}
    target="_blank"
    rel="noopener noreferrer"
    variant="subtle"
    size="sm"
    aria-label="Open LinkedIn profile"
  >
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden>
      <path
        d="M12 6h-6a2 2 0 0 0 -2 2v10a2 2 0 0 0 2 2h10a2 2 0 0 0 2 -2v-6M11 13l9 -9M15 4h5v5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  </ActionIcon>
)

/** Who they are: name, position and company. */
export const NameSection = () => {
  const form = useContactForm()
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="sm">
        <TextField field="firstName" label="First name" autoFocus={form.mode === 'new'} />
        <TextField field="lastName" label="Last name" />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="sm">
        <TextField field="position" label="Position" placeholder="Headline or job title" />
        <TextField field="company" label="Company" />
      </SimpleGrid>
    </Stack>
  )
}

/** How to reach them: emails, phones, LinkedIn and where they are. */
export const ReachSection = () => {
  const form = useContactForm()
  const url = form.values.linkedinUrl
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="sm">
        <ListField field="emails" label="Emails" placeholder="Type, then Enter" />
        <ListField field="phones" label="Phones" placeholder="Type, then Enter" />
      </SimpleGrid>
      <SimpleGrid cols={2} spacing="sm">
        <TextField
          field="linkedinUrl"
          label="LinkedIn URL"
          placeholder="https://www.linkedin.com/in/..."
          rightSection={url && !fieldError('linkedinUrl', url) ? <OpenLink url={url} /> : undefined}
        />
        <TextField field="location" label="Location" placeholder="City, country" />
      </SimpleGrid>
    </Stack>
  )
}
