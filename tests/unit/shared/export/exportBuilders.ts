import type { ExportedContact, ExportV1 } from '../../../../shared/export/exportFormat'

/** An exported contact with every field empty but the ones given. */
export const makeExportedContact = (partial: Partial<ExportedContact> = {}): ExportedContact => ({
  id: 'contact-1',
  firstName: '',
  lastName: '',
  position: '',
  company: '',
  emails: [],
  phones: [],
  linkedinUrl: '',
  location: '',
  howWeMet: '',
  stage: 'Connected',
  tags: [],
  communities: [],
  offer: '',
  notes: '',
  cadenceDays: null,
  connectedOn: null,
  sources: ['manual'],
  archived: false,
  createdAt: '2025-01-15T09:30:00.000Z',
  updatedAt: '2025-01-15T09:30:00.000Z',
  stageEnteredAt: null,
  snoozedUntil: null,
  ...partial,
})

/** An export holding these contacts and nothing else. */
export const makeExport = (contacts: ExportedContact[]): ExportV1 => ({
  version: 1,
  exportedAt: '2025-01-15T09:30:00.000Z',
  stages: [{ id: 'stage-connected', name: 'Connected', colour: '#868e96', archived: false, cadenceDays: null }],
  contacts,
  interactions: [],
  goals: [],
})
