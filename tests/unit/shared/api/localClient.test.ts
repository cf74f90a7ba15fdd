import { describe, expect, it, vi } from 'vitest'
import type { WorkspaceDelta } from '../../../../shared/api/contract'
import { createDispatcher, type Dispatch } from '../../../../shared/api/dispatcher'
import { RapportError } from '../../../../shared/api/errors'
import { createLocalClient } from '../../../../shared/api/localClient'
import type { Contact } from '../../../../shared/domain/types'
import { emptyHabitParts, makeContact, unchangedParts } from '../../../helpers/factories'
import { expectRapportRejection } from '../../../helpers/errors'
import { makeHandlers } from '../../../helpers/handlers'

describe('createLocalClient', () => {
  it('answers a call with the handler’s value', async () => {
    const ada = makeContact()
    const client = createLocalClient(createDispatcher(makeHandlers({ 'contacts.get': async () => ada })))

    expect(await client.call('contacts.get', { id: ada.id })).toEqual(ada)
  })

  it('rejects with a RapportError carrying the code and issues of a refused call', async () => {
    const client = createLocalClient(createDispatcher(makeHandlers()))

    const error = await expectRapportRejection(client.call('contacts.get', { id: '' }), 'bad_request')

    expect(error.issues).toEqual([{ path: 'id', message: 'is required' }])
  })

  it('rejects with the handler’s own error code', async () => {
    const get = async (): Promise<Contact> => {
      throw new RapportError('not_found', 'No contact with id ghost.')
    }
    const client = createLocalClient(createDispatcher(makeHandlers({ 'contacts.get': get })))

    const error = await expectRapportRejection(client.call('contacts.get', { id: 'ghost' }), 'not_found')

    expect(error.message).toBe('No contact with id ghost.')
  })

  it('refuses calls with unavailable once closed, without reaching the core', async () => {
    const dispatch = vi.fn<Dispatch>()
    const client = createLocalClient(dispatch)

    await client.close()

    await expectRapportRejection(client.call('app.info', {}), 'unavailable')
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('hands the core a copy of the input, so neither side sees the other’s later changes', async () => {
    const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: null }))
    const client = createLocalClient(dispatch)
    const fields = { tags: ['maths'] }

    await client.call('contacts.update', { id: 'ada', fields })

    const received = dispatch.mock.calls[0][1] as { fields: { tags: string[] } }
    expect(received).toEqual({ id: 'ada', fields: { tags: ['maths'] } })
    expect(received.fields).not.toBe(fields)
    expect(received.fields.tags).not.toBe(fields.tags)
  })

  // Regression: the answer was the core's own object, so a caller editing it changed the core's read model.
  it('hands the caller a copy of the answer, so editing it cannot change the core', async () => {
    const held = makeContact({ tags: ['maths'] })
    const client = createLocalClient(createDispatcher(makeHandlers({ 'contacts.get': async () => held })))

    const answer = await client.call('contacts.get', { id: held.id })
    answer.tags.push('scribbled')
    answer.firstName = 'Scribbled'

    expect(held).toEqual(makeContact({ tags: ['maths'] }))
  })

  // Regression: events were the core's own objects too.
  it('delivers events the core emits to listeners, as copies', async () => {
    const change: WorkspaceDelta = {
      version: 2,
      contacts: [makeContact()],
      removedContactIds: [],
      ...unchangedParts(),
    }
    const subscribe = vi.fn(
      async (_: unknown, session: { emit: (name: 'workspace.changed', d: WorkspaceDelta) => void }) => {
        session.emit('workspace.changed', change)
        return {
          version: 1,
          stages: [],
          contacts: [],
          total: 0,
          complete: true,
          communities: [],
          ...emptyHabitParts(),
        }
      },
    )
    const client = createLocalClient(createDispatcher(makeHandlers({ 'workspace.subscribe': subscribe })))
    const heard: WorkspaceDelta[] = []
    client.on('workspace.changed', (d) => heard.push(d))

    await client.call('workspace.subscribe', {})
    heard[0].contacts[0].firstName = 'Scribbled'

    expect(heard).toHaveLength(1)
    expect(change.contacts[0].firstName).toBe('Ada')
  })

  it('tells the core the session is over when closed, and stops delivering events', async () => {
    const onGone = vi.fn()
    let emit: ((d: WorkspaceDelta) => void) | undefined
    const subscribe = vi.fn(
      async (_: unknown, session: Parameters<ReturnType<typeof makeHandlers>['workspace.subscribe']>[1]) => {
        session.onClose(onGone)
        emit = (d) => session.emit('workspace.changed', d)
        return {
          version: 1,
          stages: [],
          contacts: [],
          total: 0,
          complete: true,
          communities: [],
          ...emptyHabitParts(),
        }
      },
    )
    const client = createLocalClient(createDispatcher(makeHandlers({ 'workspace.subscribe': subscribe })))
    const heard = vi.fn()
    client.on('workspace.changed', heard)
    await client.call('workspace.subscribe', {})

    await client.close()
    emit?.({
      version: 2,
      contacts: [],
      removedContactIds: [],
      ...unchangedParts(),
    })

    expect(onGone).toHaveBeenCalledOnce()
    expect(heard).not.toHaveBeenCalled()
  })
})
