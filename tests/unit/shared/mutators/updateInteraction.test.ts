import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId, InteractionId } from '../../../../shared/domain/ids'
import { logInteraction } from '../../../../shared/mutators/logInteraction'
import { restoreInteraction } from '../../../../shared/mutators/restoreInteraction'
import { updateInteraction, type InteractionFields } from '../../../../shared/mutators/updateInteraction'
import { readInteraction } from '../../../../shared/schema/readRecords'
import type { InteractionLogDoc } from '../../../../shared/schema/workspaceDoc'
import { makeInteraction, makeInteractionLog, testNow } from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

type Doc = Automerge.Doc<InteractionLogDoc>
const ada = 'contact-ada' as ContactId
const i1 = 'interaction-1' as InteractionId
const logged = (outcome = '') =>
  Automerge.change(makeInteractionLog(), (d) =>
    logInteraction(d, {
      id: i1,
      contactId: ada,
      type: 'call',
      occurredAt: testNow,
      summary: 'Talked about the engine',
      outcome,
      now: testNow,
    }),
  )
const update = (doc: Doc, fields: Partial<InteractionFields>, contactId = ada) =>
  Automerge.change(doc, (d) => updateInteraction(d, { id: i1, contactId, fields }))
const interactionIn = (doc: InteractionLogDoc, id = i1) => readInteraction(id, doc.interactions[id])

describe('logInteraction with an outcome', () => {
  it('stores what came of it, and leaves an empty outcome out of the record', () => {
    expect(interactionIn(logged('Intro to Babbage')).outcome).toBe('Intro to Babbage')
    expect(logged().interactions[i1]).not.toHaveProperty('outcome')
    expect(interactionIn(logged()).outcome).toBe('')
  })
})

describe('updateInteraction', () => {
  it('changes only the fields given', () => {
    const doc = update(logged(), { type: 'meeting', outcome: 'Will send the notes' })

    expect(interactionIn(doc)).toEqual(makeInteraction({ type: 'meeting', outcome: 'Will send the notes' }))
  })

  it('removes an emptied outcome from the record', () => {
    expect(update(logged('Something'), { outcome: '' }).interactions[i1]).not.toHaveProperty('outcome')
  })

  it('records no change when nothing differs', () => {
    const before = logged()

    expect(
      Automerge.getHeads(update(Automerge.clone(before), { type: 'call', summary: 'Talked about the engine' })),
    ).toEqual(Automerge.getHeads(before))
  })

  it('refuses, with not_found, an unknown interaction or one on another contact’s timeline', () => {
    expectRapportError(() => update(makeInteractionLog(), { summary: 'x' }), 'not_found')
    expectRapportError(() => update(logged(), { summary: 'x' }, 'contact-grace' as ContactId), 'not_found')
  })

  it('keeps a new time on one device and a new outcome on the other', () => {
    const { laptop, phone } = forkReplicas(logged())

    const merged = expectConvergence(update(laptop, { occurredAt: testNow - 5 }), update(phone, { outcome: 'Yes' }))

    expect(interactionIn(merged)).toMatchObject({ occurredAt: testNow - 5, outcome: 'Yes' })
  })
})

describe('restoreInteraction', () => {
  const restore = (doc: Doc) =>
    Automerge.change(doc, (d) =>
      restoreInteraction(d, { interaction: makeInteraction({ outcome: 'Yes', createdAt: testNow - 9 }) }),
    )

  it('puts a deleted interaction back with its id, fields and creation time', () => {
    expect(interactionIn(restore(makeInteractionLog()))).toEqual(
      makeInteraction({ outcome: 'Yes', createdAt: testNow - 9 }),
    )
  })

  it('refuses an id that is already on a timeline with a conflict', () => {
    expectRapportError(() => restore(logged()), 'conflict')
  })

  it('gives the same document whichever order a restore and another logged interaction merge in', () => {
    const { laptop, phone } = forkReplicas(makeInteractionLog())
    const other = Automerge.change(phone, (d) =>
      logInteraction(d, {
        id: 'i-2' as InteractionId,
        contactId: ada,
        type: 'email',
        occurredAt: 1,
        summary: '',
        now: 1,
      }),
    )

    const merged = expectConvergence(restore(laptop), other)

    expect(Object.keys(merged.interactions).sort()).toEqual(['i-2', 'interaction-1'])
  })
})
