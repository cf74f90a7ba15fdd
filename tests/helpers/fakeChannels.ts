import { randomBytes } from 'node:crypto'
import { decode, encode } from 'cbor-x'
import type { ChannelMessage, PairingChannel } from '../../electron/core/sync/pairingChannel'

/** One end of an in-memory channel: a PairingChannel that also records what it sent and can be closed. */
export type FakeChannel = PairingChannel & {
  readonly sent: ChannelMessage[]
  close(): void
}

type End = FakeChannel & { deliver(message: ChannelMessage): void; fail(error: Error): void }

const makeEnd = (remoteDeviceId: string, handshakeHash: Buffer, peer: () => End): End => {
  const inbox: ChannelMessage[] = []
  const waiting: Array<{ resolve: (m: ChannelMessage) => void; reject: (e: Error) => void }> = []
  const sent: ChannelMessage[] = []
  let closed: Error | null = null
  const end: End = {
    remoteDeviceId,
    handshakeHash,
    sent,
    send(message) {
      if (closed) throw closed
      sent.push(message)
      // Through CBOR, as the real channel carries it: Buffers arrive as byte arrays, functions do not travel.
      peer().deliver(decode(encode(message)) as ChannelMessage)
    },
    receive(timeoutMs) {
      const next = inbox.shift()
      if (next) return Promise.resolve(next)
      if (closed) return Promise.reject(closed)
      return new Promise((resolve, reject) => {
        const waiter = {
          resolve: (m: ChannelMessage) => {
            clearTimeout(timer)
            resolve(m)
          },
          reject: (e: Error) => {
            clearTimeout(timer)
            reject(e)
          },
        }
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(waiter), 1)
          reject(new Error(`no message within ${timeoutMs} ms`))
        }, timeoutMs)
        waiting.push(waiter)
      })
    },
    deliver(message) {
      const waiter = waiting.shift()
      if (waiter) waiter.resolve(message)
      else inbox.push(message)
    },
    fail(error) {
      closed = error
      for (const waiter of waiting.splice(0)) waiter.reject(error)
    },
    close() {
      const error = new Error('the channel is closed')
      end.fail(error)
      peer().fail(error)
    },
  }
  return end
}

/**
 * Two connected ends, as a Noise handshake between two devices gives them: each knows the other's device id, and
 * both share one handshake hash, unless `handshakeHashes` gives each its own (as when a third party relays between
 * two separate connections).
 */
export const fakeChannelPair = (options: {
  deviceIds: [string, string]
  handshakeHashes?: [Buffer, Buffer]
}): [FakeChannel, FakeChannel] => {
  const shared = randomBytes(64)
  const [hashA, hashB] = options.handshakeHashes ?? [shared, shared]
  const ends: End[] = []
  ends.push(makeEnd(options.deviceIds[1], hashA, () => ends[1]))
  ends.push(makeEnd(options.deviceIds[0], hashB, () => ends[0]))
  return [ends[0], ends[1]]
}
