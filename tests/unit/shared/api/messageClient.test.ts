import { describe, expect, it, vi } from 'vitest'
import type { WorkspaceDelta } from '../../../../shared/api/contract'
import { createMessageClient } from '../../../../shared/api/messageClient'
import type { Request } from '../../../../shared/api/protocol'
import { makeContact, makeStage, unchangedParts } from '../../../helpers/factories'
import { expectRapportRejection } from '../../../helpers/errors'

const connect = () => {
  const sent: Request[] = []
  const port = { send: vi.fn((message: Request) => void sent.push(message)), close: vi.fn() }
  return { sent, port, ...createMessageClient(port) }
}

const delta = (version: number): WorkspaceDelta => ({
  version,
  contacts: [],
  removedContactIds: [],
  ...unchangedParts(),
})

describe('createMessageClient', () => {
  it('sends each call with its own id, counting up', () => {
    const { client, sent } = connect()

    void client.call('contacts.get', { id: 'ada' })
    void client.call('stages.list', {})

    expect(sent).toEqual([
      { type: 'call', id: 1, command: 'contacts.get', input: { id: 'ada' } },
      { type: 'call', id: 2, command: 'stages.list', input: {} },
    ])
  })

  it('resolves each call with the answer that carries its id, in whatever order answers come', async () => {
    const { client, receive } = connect()
    const ada = makeContact()
    const stages = [makeStage()]

    const first = client.call('contacts.get', { id: ada.id })
    const second = client.call('stages.list', {})
    receive({ type: 'result', id: 2, ok: true, value: stages })
    receive({ type: 'result', id: 1, ok: true, value: ada })

    expect(await first).toEqual(ada)
    expect(await second).toEqual(stages)
  })

  it('rejects a call with a RapportError carrying the answer’s code, message and issues', async () => {
    const { client, receive } = connect()

    const call = client.call('contacts.get', { id: '' })
    receive({
      type: 'result',
      id: 1,
      ok: false,
      error: {
        code: 'bad_request',
        message: 'Invalid contacts.get: id is required',
        issues: [{ path: 'id', message: 'is required' }],
      },
    })

    const error = await expectRapportRejection(call, 'bad_request')
    expect(error.message).toBe('Invalid contacts.get: id is required')
    expect(error.issues).toEqual([{ path: 'id', message: 'is required' }])
  })

  it('hands pushed events to their listeners until they stop listening', () => {
    const { client, receive } = connect()
    const heard: number[] = []
    const stop = client.on('workspace.changed', (d) => heard.push(d.version))

    receive({ type: 'event', name: 'workspace.changed', payload: delta(1) })
    stop()
    receive({ type: 'event', name: 'workspace.changed', payload: delta(2) })

    expect(heard).toEqual([1])
  })

  it.each([
    ['nothing', undefined],
    ['a string', 'result'],
    ['an answer without an id', { type: 'result', ok: true, value: 1 }],
    ['an unknown message type', { type: 'hello', id: 1 }],
  ])('ignores %s from the server and still settles the call on its real answer', async (_, malformed) => {
    const { client, receive } = connect()
    const call = client.call('contacts.get', { id: 'ada' })

    expect(() => receive(malformed)).not.toThrow()
    receive({ type: 'result', id: 1, ok: true, value: 'the real answer' })

    expect(await call).toBe('the real answer')
  })

  it('settles a call with internal when its answer cannot be read, so it never waits forever', async () => {
    const { client, receive } = connect()
    const call = client.call('contacts.get', { id: 'ada' })

    receive({ type: 'result', id: 1, ok: false, error: { code: 'teapot', message: 'x' } })

    const error = await expectRapportRejection(call, 'internal')
    expect(error.message).toContain('cannot read')
  })

  it('rejects a call with unavailable when the transport cannot send it', async () => {
    const { client, port } = connect()
    port.send.mockImplementation(() => {
      throw new Error('channel closed')
    })

    const error = await expectRapportRejection(client.call('stages.list', {}), 'unavailable')
    expect(error.message).toContain('channel closed')
  })

  it('ignores answers to calls it never made, or already settled', async () => {
    const { client, receive } = connect()
    const call = client.call('contacts.get', { id: 'ada' })

    receive({ type: 'result', id: 99, ok: true, value: 'stray' })
    receive({ type: 'result', id: 1, ok: true, value: 'first' })
    receive({ type: 'result', id: 1, ok: false, error: { code: 'internal', message: 'late duplicate' } })

    expect(await call).toBe('first')
  })

  it('rejects every pending call with unavailable and the reason when the link goes down, and every later call too', async () => {
    const { client, disconnected, port } = connect()
    const pending = [client.call('contacts.get', { id: 'ada' }), client.call('stages.list', {})]

    disconnected('The connection to Rapport closed: core stopped')

    for (const call of pending) {
      const error = await expectRapportRejection(call, 'unavailable')
      expect(error.message).toBe('The connection to Rapport closed: core stopped')
    }
    await expectRapportRejection(client.call('app.info', {}), 'unavailable')
    expect(port.send).toHaveBeenCalledTimes(2)
  })

  it('on close, rejects pending calls, stops delivering events and closes the port', async () => {
    const { client, receive, port } = connect()
    const heard = vi.fn()
    client.on('workspace.changed', heard)
    const pending = client.call('contacts.get', { id: 'ada' })

    await client.close()
    receive({ type: 'event', name: 'workspace.changed', payload: delta(1) })

    await expectRapportRejection(pending, 'unavailable')
    expect(heard).not.toHaveBeenCalled()
    expect(port.close).toHaveBeenCalledOnce()
  })
})
