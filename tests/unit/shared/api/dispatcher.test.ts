import { describe, expect, it, vi } from 'vitest'
import { createDispatcher } from '../../../../shared/api/dispatcher'
import { RapportError } from '../../../../shared/api/errors'
import { makeContact, makeInteraction, makeStage } from '../../../helpers/factories'
import { makeHandlers, makeSession } from '../../../helpers/handlers'

const { session } = makeSession()

describe('createDispatcher', () => {
  it('runs the handler with the validated input and the session, and answers its value', async () => {
    const contact = makeContact()
    const get = vi.fn(async () => contact)
    const dispatch = createDispatcher(makeHandlers({ 'contacts.get': get }))

    const result = await dispatch('contacts.get', { id: contact.id }, session)

    expect(result).toEqual({ ok: true, value: contact })
    expect(get).toHaveBeenCalledWith({ id: contact.id }, session)
  })

  it.each(['contacts.explode', 'toString', '__proto__', 'constructor', ''])(
    'answers unknown_command for %j, which the contract does not have',
    async (command) => {
      const result = await createDispatcher(makeHandlers())(command, {}, session)

      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_command' } })
    },
  )

  it('answers bad_request with an issue naming the field path, and never runs the handler', async () => {
    const update = vi.fn()
    const dispatch = createDispatcher(makeHandlers({ 'contacts.update': update }))

    const result = await dispatch(
      'contacts.update',
      { id: 'contact-ada', fields: { emails: ['ada@example.org', 'not an email'] } },
      session,
    )

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'bad_request',
        message: 'Invalid contacts.update: fields.emails.1 must be an email address',
        issues: [{ path: 'fields.emails.1', message: 'must be an email address' }],
      },
    })
    expect(update).not.toHaveBeenCalled()
  })

  it('answers bad_request for a key the contract does not know', async () => {
    const result = await createDispatcher(makeHandlers())('contacts.get', { id: 'contact-ada', admin: true }, session)

    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } })
    expect(JSON.stringify(result)).toContain('admin')
  })

  it('answers bad_request, pointing at firstName, for a new contact with no name at all', async () => {
    const result = await createDispatcher(makeHandlers())('contacts.create', { company: 'Nameless Ltd' }, session)

    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'bad_request',
        issues: [{ path: 'firstName', message: 'a contact needs a first or a last name' }],
      },
    })
  })

  it('treats a missing input as an empty one', async () => {
    const info = vi.fn(async () => ({ version: '0.1.0', schemaVersion: 1, dataDir: '/tmp/rapport', pid: 1 }))

    const result = await createDispatcher(makeHandlers({ 'app.info': info }))('app.info', undefined, session)

    expect(result.ok).toBe(true)
    expect(info).toHaveBeenCalledWith({}, session)
  })

  it('applies the contract’s defaults and clean-ups before the handler sees the input', async () => {
    const archive = vi.fn(async () => makeContact({ archived: true }))
    const log = vi.fn(async () => makeInteraction())
    const recolour = vi.fn(async () => makeStage())
    const dispatch = createDispatcher(
      makeHandlers({ 'contacts.archive': archive, 'interactions.log': log, 'stages.recolour': recolour }),
    )

    await dispatch('contacts.archive', { id: 'contact-ada' }, session)
    await dispatch('interactions.log', { contactId: 'contact-ada', type: 'call', occurredAt: 5 }, session)
    await dispatch('stages.recolour', { id: 'stage-connected', colour: '#AABBCC' }, session)

    expect(archive).toHaveBeenCalledWith({ id: 'contact-ada', archived: true }, session)
    expect(log).toHaveBeenCalledWith(
      { contactId: 'contact-ada', type: 'call', occurredAt: 5, summary: '', outcome: '' },
      session,
    )
    expect(recolour).toHaveBeenCalledWith({ id: 'stage-connected', colour: '#aabbcc' }, session)
  })

  it('keeps an explicit archived: false, to bring a contact back', async () => {
    const archive = vi.fn(async () => makeContact())

    await createDispatcher(makeHandlers({ 'contacts.archive': archive }))(
      'contacts.archive',
      { id: 'c', archived: false },
      session,
    )

    expect(archive).toHaveBeenCalledWith({ id: 'c', archived: false }, session)
  })

  it('answers a RapportError from the handler with its code, message and issues', async () => {
    const get = vi.fn(async () => {
      throw new RapportError('not_found', 'No contact with id ghost.', [{ path: 'id', message: 'unknown' }])
    })

    const result = await createDispatcher(makeHandlers({ 'contacts.get': get }))(
      'contacts.get',
      { id: 'ghost' },
      session,
    )

    expect(result).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No contact with id ghost.', issues: [{ path: 'id', message: 'unknown' }] },
    })
  })

  it('answers internal, naming the command, when the handler throws anything else', async () => {
    const dispatch = createDispatcher(
      makeHandlers({
        'contacts.get': vi.fn(async () => {
          throw new TypeError('record is undefined')
        }),
        'stages.list': vi.fn(async () => {
          throw 'disk on fire'
        }),
      }),
    )

    expect(await dispatch('contacts.get', { id: 'ada' }, session)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Rapport could not contacts.get: record is undefined' },
    })
    expect(await dispatch('stages.list', {}, session)).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('disk on fire') },
    })
  })
})
