import { describe, expect, it } from 'vitest'
import { emptyContactFields } from '../../../shared/domain/contactFields'
import { newContactInput } from '../../../renderer/src/contact/newContactInput'
import { newestFirst } from '../../../renderer/src/contact/timeline'
import { makeInteraction, stageIds } from '../../helpers/factories'
import type { InteractionId } from '../../../shared/domain'

describe('newContactInput', () => {
  it('sends only the fields filled in, with the stage', () => {
    const values = { ...emptyContactFields(), firstName: 'Ada', tags: ['maths'], cadenceDays: 30 }
    expect(newContactInput(values, stageIds.reachedOut)).toEqual({
      ok: true,
      input: { firstName: 'Ada', tags: ['maths'], cadenceDays: 30, stageId: stageIds.reachedOut },
    })
  })

  it('leaves the stage to the core when none was chosen', () => {
    const result = newContactInput({ ...emptyContactFields(), lastName: 'Lovelace' }, null)
    expect(result).toEqual({ ok: true, input: { lastName: 'Lovelace' } })
  })

  it('asks for a name under First name, in the contract words', () => {
    const result = newContactInput({ ...emptyContactFields(), company: 'Acme' }, null)
    expect(result).toEqual({ ok: false, errors: { firstName: 'A contact needs a first or a last name' } })
  })

  it('reports a field the schema refuses under that field', () => {
    const result = newContactInput({ ...emptyContactFields(), firstName: 'Ada', linkedinUrl: 'nope' }, null)
    expect(result).toEqual({ ok: false, errors: { linkedinUrl: 'Must be a web address (https://...)' } })
  })
})

describe('newestFirst', () => {
  it('orders a timeline newest first, the later logged first on a tie', () => {
    const older = makeInteraction({ id: 'old' as InteractionId, occurredAt: 1000 })
    const tieA = makeInteraction({ id: 'a' as InteractionId, occurredAt: 2000, createdAt: 5 })
    const tieB = makeInteraction({ id: 'b' as InteractionId, occurredAt: 2000, createdAt: 6 })
    expect(newestFirst([older, tieA, tieB]).map((i) => i.id)).toEqual(['b', 'a', 'old'])
  })
})
