import type { ApiIssue } from '../../../shared/api/errors'
import type { FieldName } from './fieldChange'

/** Each field as its input is labelled, for messages about it. */
export const fieldLabels: Record<FieldName, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  position: 'Position',
  company: 'Company',
  emails: 'Emails',
  phones: 'Phones',
  linkedinUrl: 'LinkedIn URL',
  location: 'Location',
  howWeMet: 'How we met',
  tags: 'Tags',
  communities: 'Communities',
  offer: 'What I can offer them',
  notes: 'Notes',
  cadenceDays: 'Keep in touch',
  connectedOn: 'Connected on',
}

/** What to show under a field when the core refused its value: the issue about it, else the error. */
export const messageForField = (error: unknown, field: FieldName): string => {
  const issues = (error as { issues?: ApiIssue[] })?.issues ?? []
  const issue = issues.find((i) => i.path.split('.').includes(field))
  return issue?.message ?? (error as Error)?.message ?? String(error)
}
