import { maxRequestBytes } from '../../../shared/api/protocol'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Dispatch, Session } from '../../../shared/api/dispatcher'
import type { WorkspaceDelta } from '../../../shared/api/contract'
import { FakeWebContents } from '../../helpers/fakeWebContents'
import { unchangedParts } from '../../helpers/factories'

type Handler = (event: unknown, request: unknown) => Promise<unknown>

const electron = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, request: unknown) => Promise<unknown>>()
  return {
    handlers,
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, request: unknown) => Promise<unknown>) =>
        handlers.set(channel, handler),
      removeHandler: (channel: string) => handlers.delete(channel),
    },
  }
})
vi.mock('electron', () => electron)

const { registerIpcBridge } = await import('../../../electron/main/ipcBridge')

const appUrl = 'file:///opt/rapport/out/renderer/index.html'
const isAppUrl = (url: string) => url === appUrl

const delta: WorkspaceDelta = {
  version: 2,
  contacts: [],
  removedContactIds: ['c1'],
  ...unchangedParts(),
}

const setup = (dispatch: Dispatch = vi.fn(async () => ({ ok: true as const, value: 'pong' }))) => {
  const stop = registerIpcBridge({ dispatch, isAppUrl })
  const contents = new FakeWebContents()
  const invoke = (request: unknown, frame: { url: string; parent: unknown } | null = { url: appUrl, parent: null }) =>
    (electron.handlers.get('rapport:call') as Handler)({ sender: contents, senderFrame: frame }, request)
  return { dispatch, contents, invoke, stop }
}

const call = { type: 'call', id: 7, command: 'app.info', input: {} }

describe('ipcBridge', () => {
  beforeEach(() => electron.handlers.clear())

  it('serves calls on the rapport:call channel only', () => {
    const { stop } = setup()
    expect([...electron.handlers.keys()]).toEqual(['rapport:call'])
    stop()
    expect(electron.handlers.size).toBe(0)
  })

  it('routes a valid call to dispatch and returns its result', async () => {
    const { dispatch, invoke } = setup()
    await expect(invoke(call)).resolves.toEqual({ type: 'result', id: 7, ok: true, value: 'pong' })
    expect(dispatch).toHaveBeenCalledWith('app.info', {}, expect.objectContaining({ emit: expect.any(Function) }))
  })

  it('returns a failed dispatch as an error result', async () => {
    const error = { code: 'not_found' as const, message: 'No such contact.' }
    const { invoke } = setup(vi.fn(async () => ({ ok: false as const, error })))
    await expect(invoke(call)).resolves.toEqual({ type: 'result', id: 7, ok: false, error })
  })

  it('rejects a call from a page that is not the app with unauthorized', async () => {
    const { dispatch, invoke } = setup()
    const answer = await invoke(call, { url: 'https://evil.example/', parent: null })
    expect(answer).toMatchObject({ type: 'result', id: 7, ok: false, error: { code: 'unauthorized' } })
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('rejects a call from a frame inside the app, or from a frame that is gone', async () => {
    const { dispatch, invoke } = setup()
    await expect(invoke(call, { url: appUrl, parent: {} })).resolves.toMatchObject({ error: { code: 'unauthorized' } })
    await expect(invoke(call, null)).resolves.toMatchObject({ error: { code: 'unauthorized' } })
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('answers a malformed request with bad_request without calling dispatch', async () => {
    const { dispatch, invoke } = setup()
    for (const request of [null, 'app.info', { ...call, type: 'event' }, { ...call, id: -1 }, { ...call, extra: 1 }]) {
      await expect(invoke(request)).resolves.toMatchObject({
        type: 'result',
        ok: false,
        error: { code: 'bad_request' },
      })
    }
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('keeps the id of a malformed request so the client can match the answer', async () => {
    const { invoke } = setup()
    await expect(invoke({ ...call, command: '' })).resolves.toMatchObject({ id: 7, error: { code: 'bad_request' } })
  })

  it('refuses a call larger than the protocol allows', async () => {
    const { dispatch, invoke } = setup()
    const answer = await invoke({ ...call, input: { notes: 'x'.repeat(maxRequestBytes + 1) } })
    expect(answer).toMatchObject({ id: 7, ok: false, error: { code: 'bad_request' } })
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('answers with an internal error when dispatch throws, instead of throwing', async () => {
    const { invoke } = setup(vi.fn(async () => Promise.reject(new Error('boom'))))
    await expect(invoke(call)).resolves.toMatchObject({ id: 7, ok: false, error: { code: 'internal' } })
  })

  it('emits events to the page that made the call', async () => {
    let session: Session | undefined
    const { contents, invoke } = setup(
      vi.fn(async (_command, _input, s) => ((session = s), { ok: true as const, value: null })),
    )
    await invoke(call)
    session?.emit('workspace.changed', delta)
    expect(contents.send).toHaveBeenCalledWith('rapport:event', {
      type: 'event',
      name: 'workspace.changed',
      payload: delta,
    })
  })

  it('gives every call from one page the same session', async () => {
    const sessions: Session[] = []
    const { invoke } = setup(
      vi.fn(async (_command, _input, s) => (sessions.push(s), { ok: true as const, value: null })),
    )
    await invoke(call)
    await invoke({ ...call, id: 8 })
    expect(sessions[0]).toBe(sessions[1])
  })

  it('closes the session when the page is destroyed, and sends it nothing more', async () => {
    let session: Session | undefined
    const { contents, invoke } = setup(
      vi.fn(async (_command, _input, s) => ((session = s), { ok: true as const, value: null })),
    )
    await invoke(call)
    const closed = vi.fn()
    session?.onClose(closed)
    contents.destroy()
    expect(closed).toHaveBeenCalledTimes(1)
    session?.emit('workspace.changed', delta)
    expect(contents.send).not.toHaveBeenCalled()
  })
})
