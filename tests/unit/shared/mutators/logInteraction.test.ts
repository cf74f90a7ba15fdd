import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId, InteractionId } from '../../../../shared/domain/ids'
import type { InteractionType } from '../../../../shared/domain/types'
import { logInteraction } from '../../../../shared/mutators/logInteraction'
import { readInteraction } from '../../../../shared/schema/readRecords'
import type { InteractionLogDoc } from '../../../../shared/schema/workspaceDoc'
import { makeInteraction, makeInteractionLog, testNow } from '../../../helpers/factories'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const log = (
  doc: Automerge.Doc<InteractionLogDoc>,
  entry: { id: string; type?: InteractionType; summary?: string; occurredAt?: number },
) =>
  Automerge.change(doc, (d) =>
    logInteraction(d, {
      id: entry.id as InteractionId,
      contactId: 'contact-ada' as ContactId,
      type: entry.type ?? 'call',
      occurredAt: entry.occurredAt ?? testNow - 3_600_000,
      summary: entry.summary ?? 'Talked about the engine',
      now: testNow,
    }),
  )

const interactionsIn = (doc: InteractionLogDoc) =>
  Object.entries(doc.interactions)
    .map(([id, record]) => readInteraction(id, record))
    .sort((a, b) => (a.id < b.id ? -1 : 1))

describe('logInteraction', () => {
  it('records the interaction with its contact, type, time, summary and creation time', () => {
    const doc = log(makeInteractionLog(), { id: 'i-1', type: 'meeting', summary: 'Coffee at the salon' })

    expect(interactionsIn(doc)).toEqual([
      makeInteraction({
        id: 'i-1' as InteractionId,
        type: 'meeting',
        summary: 'Coffee at the salon',
        occurredAt: testNow - 3_600_000,
        createdAt: testNow,
      }),
    ])
  })

  it('keeps earlier interactions when logging another', () => {
    const doc = log(log(makeInteractionLog(), { id: 'i-1' }), { id: 'i-2', type: 'email' })

    expect(interactionsIn(doc).map((i) => [i.id, i.type])).toEqual([
      ['i-1', 'call'],
      ['i-2', 'email'],
    ])
  })

  it('keeps both when two devices log interactions in the same shard concurrently', () => {
    const { laptop, phone } = forkReplicas(makeInteractionLog({ shard: '07' }))

    const merged = expectConvergence(
      log(laptop, { id: 'i-laptop', type: 'call' }),
      log(phone, { id: 'i-phone', type: 'message' }),
    )

    expect(interactionsIn(merged).map((i) => [i.id, i.type])).toEqual([
      ['i-laptop', 'call'],
      ['i-phone', 'message'],
    ])
  })
})
