import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { connectToInstance } from '../../../electron/core/transport/connectToInstance'
import type { WorkspaceDelta } from '../../../shared/api/contract'
import { maxRequestBytes } from '../../../shared/api/protocol'
import { startTestRapport } from '../../helpers/startTestRapport'

const served = async () => {
  const running = await startTestRapport({ socket: true })
  return { ...running, endpoint: { url: running.server!.url, token: running.server!.token } }
}

/** Opens a raw socket and resolves with the first answer, or with how the connection failed. */
const rawExchange = (url: string, message?: string | Buffer, headers: Record<string, string> = {}) =>
  new Promise<{ answer?: unknown; text?: string; closeCode?: number; httpStatus?: number }>((resolve) => {
    const socket = new WebSocket(url, { headers })
    socket.on('unexpected-response', (_req, res) => resolve({ httpStatus: res.statusCode }))
    socket.on('open', () => socket.send(message ?? ''))
    socket.on('message', (data) => {
      resolve({ answer: JSON.parse(data.toString()), text: data.toString() })
      socket.close()
    })
    socket.on('close', (code) => resolve({ closeCode: code }))
    socket.on('error', () => undefined)
  })

describe('the local WebSocket transport', () => {
  it('listens on 127.0.0.1 only by default', async () => {
    const { endpoint } = await served()
    expect(new URL(endpoint.url).hostname).toBe('127.0.0.1')
  })

  it('serves the same API as in-process calls', async () => {
    const { endpoint } = await served()
    const client = await connectToInstance(endpoint)
    const created = await client.call('contacts.create', { firstName: 'Remote' })
    expect(await client.call('contacts.get', { id: created.id })).toMatchObject({ firstName: 'Remote' })
    await client.close()
  })

  it('refuses a connection without the token, or with a wrong one', async () => {
    const { endpoint } = await served()
    expect(await rawExchange(endpoint.url)).toEqual({ httpStatus: 401 })
    expect(await rawExchange(`${endpoint.url}?token=wrong`)).toEqual({ httpStatus: 401 })
    await expect(connectToInstance({ ...endpoint, token: 'nope' })).rejects.toMatchObject({ code: 'unavailable' })
  })

  it('refuses a page from another origin even with the token', async () => {
    const { endpoint } = await served()
    const result = await rawExchange(`${endpoint.url}?token=${endpoint.token}`, undefined, {
      Origin: 'https://evil.example',
    })
    expect(result).toEqual({ httpStatus: 403 })
  })

  it('answers malformed JSON, a non-call message and an unknown command with typed errors', async () => {
    const { endpoint } = await served()
    const url = `${endpoint.url}?token=${endpoint.token}`
    expect((await rawExchange(url, '{not json')).answer).toMatchObject({ ok: false, error: { code: 'bad_request' } })
    expect((await rawExchange(url, JSON.stringify({ id: 3, hello: 1 }))).answer).toMatchObject({
      id: 3,
      ok: false,
      error: { code: 'bad_request' },
    })
    const unknown = await rawExchange(url, JSON.stringify({ type: 'call', id: 4, command: 'contacts.explode' }))
    expect(unknown.answer).toMatchObject({ id: 4, ok: false, error: { code: 'unknown_command' } })
  })

  it('sends names beyond Latin-1 as pure ASCII, and they come back unchanged', async () => {
    const { endpoint } = await served()
    const client = await connectToInstance(endpoint)
    const created = await client.call('contacts.create', { firstName: 'Łukasz', lastName: 'Świątek 🚀' })
    const wire = await rawExchange(
      `${endpoint.url}?token=${endpoint.token}`,
      JSON.stringify({ type: 'call', id: 9, command: 'contacts.get', input: { id: created.id } }),
    )
    expect(wire.answer).toMatchObject({ id: 9, ok: true, value: { firstName: 'Łukasz', lastName: 'Świątek 🚀' } })
    expect(wire.text?.split('').every((char) => char.charCodeAt(0) <= 0x7f)).toBe(true)
    expect(await client.call('contacts.get', { id: created.id })).toEqual(created)
    await client.close()
  })

  it('closes the connection on an oversized message, and the vault is unchanged', async () => {
    const { endpoint, client } = await served()
    const huge = JSON.stringify({
      type: 'call',
      id: 1,
      command: 'contacts.create',
      input: { firstName: 'Huge', notes: 'x'.repeat(maxRequestBytes) },
    })
    const result = await rawExchange(`${endpoint.url}?token=${endpoint.token}`, huge)
    expect(result.closeCode).toBe(1009)
    expect(await client.call('contacts.list', {})).toEqual([])
  })

  it('lets two clients see each other’s edits live', async () => {
    const { endpoint } = await served()
    const alice = await connectToInstance(endpoint)
    const bob = await connectToInstance(endpoint)
    await bob.call('workspace.subscribe', {})
    const seen = new Promise<WorkspaceDelta>((resolve) => bob.on('workspace.changed', resolve))
    const created = await alice.call('contacts.create', { firstName: 'Shared' })
    const delta = await seen
    expect(delta.contacts.map((c) => c.id)).toEqual([created.id])
    await alice.close()
    await bob.close()
  })

  it('fails pending calls clearly when the instance goes away', async () => {
    const running = await served()
    const client = await connectToInstance(running.endpoint)
    await running.stop()
    await expect(client.call('stages.list', {})).rejects.toMatchObject({ code: 'unavailable' })
  })
})
