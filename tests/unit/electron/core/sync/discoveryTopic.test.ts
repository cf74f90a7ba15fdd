import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { discoveryTopic } from '../../../../../electron/core/sync/discovery/discoveryTopic'

const secret = Buffer.from('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', 'hex')

describe('the discovery topic', () => {
  it('is SHA-256 of the context string followed by the sync secret, 32 bytes as a DHT topic must be', () => {
    const expected = createHash('sha256')
      .update(Buffer.concat([Buffer.from('rapport-discovery-v1'), secret]))
      .digest()
    expect(discoveryTopic(secret)).toEqual(expected)
    expect(discoveryTopic(secret)).toHaveLength(32)
  })

  it('is the same on every device that knows the secret, and takes a string secret as its UTF-8 bytes', () => {
    expect(discoveryTopic(Buffer.from(secret))).toEqual(discoveryTopic(secret))
    expect(discoveryTopic('a sync secret long enough')).toEqual(
      discoveryTopic(Buffer.from('a sync secret long enough')),
    )
  })

  it('differs for another secret, even one a single bit away', () => {
    const other = Buffer.from(secret)
    other[31] ^= 1
    expect(discoveryTopic(other)).not.toEqual(discoveryTopic(secret))
  })

  it('is not the secret, nor the plain hash of it that another application might also publish', () => {
    const topic = discoveryTopic(secret)
    expect(topic).not.toEqual(secret)
    expect(topic).not.toEqual(createHash('sha256').update(secret).digest())
  })

  it('refuses a secret too short to keep strangers from guessing the topic', () => {
    expect(() => discoveryTopic('')).toThrow(/at least 16 bytes \(got 0\)/)
    expect(() => discoveryTopic(new Uint8Array(15))).toThrow(/at least 16 bytes \(got 15\)/)
  })
})
