import { randomUUID } from 'node:crypto'
import type { RapportClient } from '../../../shared/api/client'
import { restoreBackup } from '../../../electron/core/backup/restoreBackup'
import { startTestRapport } from '../../helpers/startTestRapport'

/** A vault with a bit of everything: contacts in two stages, a new stage, interactions. */
export const fillVault = async (client: RapportClient): Promise<void> => {
  const [connected] = await client.call('stages.list', {})
  const mentors = await client.call('stages.create', { name: 'Mentors' })
  const ada = await client.call('contacts.create', { firstName: 'Ada', company: 'Engines', tags: ['maths'] })
  const zoe = await client.call('contacts.create', { firstName: 'Zoë', lastName: 'Dupont', stageId: connected.id })
  await client.call('contacts.move', { id: zoe.id, stageId: mentors.id })
  await client.call('interactions.log', {
    contactId: ada.id,
    type: 'call',
    occurredAt: 1_700_000_000_000,
    summary: 'Hi',
  })
}

/** The export without the moment it was made. */
export const exportOf = async (client: RapportClient) => {
  const { exportedAt: _, ...rest } = await client.call('export.json', {})
  return rest
}

/** The export of a data folder, read by starting a core on it (stopped after). */
export const exportOfDir = async (dataDir: string) => {
  const rapport = await startTestRapport({ dataDir })
  try {
    return await exportOf(rapport.client)
  } finally {
    await rapport.stop()
  }
}

/** Restores with test options. */
export const restore = (dataDir: string, file: string) =>
  restoreBackup(dataDir, file, { now: () => Date.UTC(2026, 0, 6, 10), newId: randomUUID, appVersion: '0.0.0-test' })
