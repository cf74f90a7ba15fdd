import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId, InteractionId } from '../../../../shared/domain/ids'
import { deleteInteraction } from '../../../../shared/mutators/deleteInteraction'
import { logInteraction } from '../../../../shared/mutators/logInteraction'
import type { InteractionLogDoc } from '../../../../shared/schema/workspaceDoc'
import { makeInteractionLog, testNow } from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const log = (doc: Automerge.Doc<InteractionLogDoc>, id: string) =>
  Automerge.change(doc, (d) =>
    logInteraction(d, {
      id: id as InteractionId,
      contactId: 'contact-ada' as ContactId,
      type: 'note',
      occurredAt: testNow,
      summary: 'Was Analyst at Analytical Engines',
      now: testNow,
    }),
  )

const remove = (doc: Automerge.Doc<InteractionLogDoc>, id: string) =>
  Automerge.change(doc, (d) => deleteInteraction(d, { id: id as InteractionId }))

describe('deleteInteraction', () => {
  it('removes the interaction and keeps the others', () => {
    const doc = remove(log(log(makeInteractionLog(), 'i-1'), 'i-2'), 'i-1')

    expect(Object.keys(doc.interactions)).toEqual(['i-2'])
  })

  it('refuses an interaction the document does not hold', () => {
    expectRapportError(() => remove(makeInteractionLog(), 'ghost'), 'not_found')
  })

  it('converges when one device deletes an interaction while another logs a new one', () => {
    const { laptop, phone } = forkReplicas(log(makeInteractionLog(), 'i-1'))

    const merged = expectConvergence(remove(laptop, 'i-1'), log(phone, 'i-2'))

    expect(Object.keys(merged.interactions)).toEqual(['i-2'])
  })
})
