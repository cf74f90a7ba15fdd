import type { Contact } from './types'

/** The fields of a contact that a person edits directly. */
export type ContactFields = Omit<
  Contact,
  | 'id'
  | 'stageId'
  | 'rank'
  | 'archived'
  | 'createdAt'
  | 'updatedAt'
  | 'lastInteractionAt'
  | 'sources'
  | 'snoozedUntil'
  | 'dismissedUntil'
  | 'stageEnteredAt'
  | 'cadenceSetAt'
>

/** A contact's editable fields when none is known yet. */
export const emptyContactFields = (): ContactFields => ({
  firstName: '',
  lastName: '',
  position: '',
  company: '',
  emails: [],
  phones: [],
  linkedinUrl: '',
  location: '',
  howWeMet: '',
  tags: [],
  communities: [],
  offer: '',
  notes: '',
  cadenceDays: null,
  connectedOn: null,
})
