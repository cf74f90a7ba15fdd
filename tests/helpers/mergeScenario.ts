import type { RapportClient } from '../../shared/api/client'
import type { Contact } from '../../shared/domain'
import { interactionShardKey } from '../../shared/schema/shardKey'
import { makeClock, startTestRapport } from './startTestRapport'

/** Creates a second contact until its interactions live in the same shard as `first`'s (or another one). */
const createPartner = async (client: RapportClient, first: Contact, sameShard: boolean): Promise<Contact> => {
  for (;;) {
    const candidate = await client.call('contacts.create', { firstName: 'Augusta', company: 'Analytical Engines' })
    if ((interactionShardKey(candidate.id) === interactionShardKey(first.id)) === sameShard) return candidate
    await client.call('contacts.delete', { id: candidate.id })
  }
}

/**
 * A running core with two records of one person: Ada (a call) and Augusta (a meeting and a note),
 * whose interactions live in the same shard or in different ones.
 */
export const setUpMerge = async ({ sameShard = false, dataDir }: { sameShard?: boolean; dataDir?: string } = {}) => {
  // A fixed clock: an export taken twice must differ only if the vault did.
  const running = await startTestRapport({ dataDir, now: makeClock().now })
  const { client } = running
  const ada = await client.call('contacts.create', {
    firstName: 'Ada',
    lastName: 'Lovelace',
    emails: ['ada@example.com'],
    notes: 'Met at the salon',
    tags: ['maths'],
    cadenceDays: 30,
  })
  const partner = await createPartner(client, ada, sameShard)
  const augusta = await client.call('contacts.update', {
    id: partner.id,
    fields: { emails: ['ADA@example.com', 'countess@example.org'], notes: 'Likes poetry', tags: ['poetry'] },
  })
  await client.call('interactions.log', { contactId: ada.id, type: 'call', occurredAt: 1_000, summary: 'First call' })
  await client.call('interactions.log', { contactId: augusta.id, type: 'meeting', occurredAt: 5_000, summary: 'Tea' })
  await client.call('interactions.log', { contactId: augusta.id, type: 'note', occurredAt: 3_000, summary: 'Aside' })
  return {
    ...running,
    ada: await client.call('contacts.get', { id: ada.id }),
    augusta: await client.call('contacts.get', { id: augusta.id }),
  }
}
