import { Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core'
import { useMemo, useState } from 'react'
import type { Contact } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'
import { maxMergeCandidates, mergeCandidates } from './mergeCandidates'
import classes from './MergePickerModal.module.css'

type MergePickerModalProps = {
  /** The contact to merge; null while the picker is closed. */
  contact: Contact | null
  contacts: ReadonlyMap<string, Contact>
  onPick: (other: Contact) => void
  onClose: () => void
}

/** Picks the other contact of a merge: search by name, then choose one (Enter takes the first). */
export const MergePickerModal = ({ contact, contacts, onPick, onClose }: MergePickerModalProps) => {
  const [query, setQuery] = useState('')
  const candidates = useMemo(
    () => (contact ? mergeCandidates(contacts.values(), contact, query) : []),
    [contacts, contact, query],
  )
  const close = () => {
    setQuery('')
    onClose()
  }
  const pick = (other: Contact) => {
    setQuery('')
    onPick(other)
  }
  const name = contact ? displayName(contact) : ''
  return (
    <Modal opened={contact !== null} onClose={close} title={`Merge ${name} with…`} centered size="md">
      <Stack gap="sm">
        <TextInput
          label="Search by name"
          placeholder="Name or company"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && candidates[0]) {
              event.preventDefault()
              pick(candidates[0])
            }
          }}
          data-autofocus
        />
        <ScrollArea.Autosize mah={320}>
          <Stack gap={2} component="ul" className={classes.list} aria-label="Contacts to merge with">
            {candidates.map((c) => (
              <li key={c.id}>
                <UnstyledButton className={classes.option} onClick={() => pick(c)}>
                  <Text size="sm" fw={500} component="span" className={classes.name}>
                    {displayName(c)}
                  </Text>
                  <Text size="xs" c="dimmed" component="span">
                    {[c.position, c.company].filter(Boolean).join(' at ') || c.emails[0] || ''}
                    {c.archived ? ' · archived' : ''}
                  </Text>
                </UnstyledButton>
              </li>
            ))}
          </Stack>
        </ScrollArea.Autosize>
        <Text size="xs" c="dimmed" aria-live="polite">
          {candidates.length === 0
            ? 'Nobody matches.'
            : candidates.length === maxMergeCandidates
              ? `The first ${maxMergeCandidates} matches; type to narrow them down.`
              : `${candidates.length} ${candidates.length === 1 ? 'match' : 'matches'}.`}
        </Text>
      </Stack>
    </Modal>
  )
}
