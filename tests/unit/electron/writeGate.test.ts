import { describe, expect, it } from 'vitest'
import { isWorkspaceWrite, WriteGate } from '../../../electron/core/handlers/writeGate'

const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false
  void promise.then(() => (done = true))
  await new Promise((resolve) => setImmediate(resolve))
  return done
}

describe('the write gate', () => {
  it('counts as writes the commands that change contacts, stages or interactions, not reads or imports', () => {
    const writes = ['contacts.update', 'contacts.moveMany', 'contacts.merge', 'stages.archive', 'interactions.log']
    const others = [
      'contacts.get',
      'contacts.list',
      'stages.list',
      'interactions.list',
      'imports.commit',
      'export.json',
    ]

    expect(writes.filter(isWorkspaceWrite)).toEqual(writes)
    expect(others.filter(isWorkspaceWrite)).toEqual([])
  })

  it('opens only when every hold is released, however often one is released', async () => {
    const gate = new WriteGate()
    const first = gate.hold()
    const second = gate.hold()
    const waiting = gate.whenOpen()

    first()
    first()
    expect(await settled(waiting)).toBe(false)
    second()
    expect(await settled(waiting)).toBe(true)
  })

  it('makes guarded writes wait, and lets reads through at once', async () => {
    const gate = new WriteGate()
    const ran: string[] = []
    const handlers = gate.guard({
      'contacts.update': async () => ran.push('update'),
      'contacts.list': async () => ran.push('list'),
    } as never) as unknown as Record<string, (input: unknown, session: unknown) => Promise<unknown>>
    const release = gate.hold()

    const update = handlers['contacts.update']({}, {})
    await handlers['contacts.list']({}, {})
    expect(ran).toEqual(['list'])
    release()
    await update
    expect(ran).toEqual(['list', 'update'])
  })
})
