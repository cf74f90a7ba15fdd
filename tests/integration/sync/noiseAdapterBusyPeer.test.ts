import { afterEach, describe, expect, it } from 'vitest'
import { defaultTimings } from '../../../electron/core/sync/noiseAdapterOptions'
import { makeKeyPair, pairedList } from '../../helpers/noiseDevices'
import { makeDevice, stopDevices } from '../../helpers/syncRepos'
import { waitFor } from '../../helpers/tcpProxy'

type Note = { title?: string }

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

/** Holds the event loop, as applying a large sync message does: no timer fires and nothing is read or sent. */
const blockEventLoop = (ms: number) => {
  const until = performance.now() + ms
  while (performance.now() < until);
}

// The default timings scaled down: the same number of keep-alive periods fit in the idle allowance.
const keepAliveMs = 100
const timings = {
  keepAliveMs,
  idleTimeoutMs: keepAliveMs * (defaultTimings.idleTimeoutMs / defaultTimings.keepAliveMs),
}

describe('a device busy applying a large message', () => {
  it('has an idle allowance of many keep-alive periods by default', () => {
    expect(defaultTimings.idleTimeoutMs / defaultTimings.keepAliveMs).toBeGreaterThanOrEqual(10)
  })

  it('stays connected through several keep-alive periods without a keep-alive, and goes on syncing', async () => {
    const aKeys = makeKeyPair()
    const bKeys = makeKeyPair()
    const paired = pairedList(aKeys, bKeys)
    const a = await makeDevice('a', paired.isPaired, { keys: aKeys, timings })
    const b = await makeDevice('b', paired.isPaired, { keys: bKeys, timings })
    cleanups.push(() => stopDevices(a, b))
    const dropped: string[] = []
    a.adapter.on('device-disconnected', ({ deviceId }) => dropped.push(deviceId))
    b.adapter.on('device-disconnected', ({ deviceId }) => dropped.push(deviceId))
    await b.adapter.dial(a.adapter.address)
    const note = a.repo.create<Note>({ title: 'before' })
    const onB = await b.repo.find<Note>(note.url)
    // Both devices share this event loop: six keep-alive periods where a connection gets neither a byte nor a timer.
    blockEventLoop(6 * keepAliveMs)
    note.change((doc) => (doc.title = 'after the busy stretch'))
    await waitFor(() => onB.doc().title === 'after the busy stretch', 5_000, 'the change to arrive')
    expect(dropped).toEqual([])
    expect(a.adapter.connectedDevices()).toEqual([b.adapter.deviceId])
  })
})
