import { describe, expect, it } from 'vitest'
import {
  allContactBucketKeys,
  allInteractionShardKeys,
  contactBucketKey,
  interactionShardKey,
} from '../../../../shared/schema/shardKey'
import { contactBucketCount, interactionShardCount } from '../../../../shared/schema/workspaceDoc'

/** Reproducible UUID-shaped ids (mulberry32), so a spread failure can be replayed. */
const seededIds = (count: number, seed: number): string[] => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
  const hex = (n: number) => Array.from({ length: n / 8 }, () => next().toString(16).padStart(8, '0')).join('')
  return Array.from({ length: count }, () => {
    const h = hex(32)
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`
  })
}

const countsBy = (ids: string[], key: (id: string) => string): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const id of ids) counts.set(key(id), (counts.get(key(id)) ?? 0) + 1)
  return counts
}

describe('contactBucketKey', () => {
  // Pinned: a stored contact is found by this hash. If these change, existing vaults lose their contacts.
  it.each([
    ['alice', '67'],
    ['contact-1', '61'],
    ['3f2504e0-4f89-41d3-9a0c-0305e82c3301', '31'],
    ['c8a1d6b2-7f0e-4c2a-9b5d-1e6f3a4b5c6d', '1c'],
    ['Zoë', '17'],
  ])('puts %s in bucket %s, on every device and version', (id, bucket) => {
    expect(contactBucketKey(id)).toBe(bucket)
  })

  it('spreads 10,000 random ids over every bucket, none holding more than three times its share', () => {
    const counts = countsBy(seededIds(10_000, 42), contactBucketKey)

    expect([...counts.keys()].sort()).toEqual(allContactBucketKeys())
    expect(Math.max(...counts.values())).toBeLessThan((3 * 10_000) / contactBucketCount)
  })
})

describe('interactionShardKey', () => {
  it.each([
    ['alice', '07'],
    ['contact-1', '01'],
    ['3f2504e0-4f89-41d3-9a0c-0305e82c3301', '01'],
    ['c8a1d6b2-7f0e-4c2a-9b5d-1e6f3a4b5c6d', '0c'],
    ['Zoë', '07'],
  ])('puts the interactions of %s in shard %s, on every device and version', (id, shard) => {
    expect(interactionShardKey(id)).toBe(shard)
  })

  it('spreads 10,000 random ids over every shard, none holding more than three times its share', () => {
    const counts = countsBy(seededIds(10_000, 7), interactionShardKey)

    expect([...counts.keys()].sort()).toEqual(allInteractionShardKeys())
    expect(Math.max(...counts.values())).toBeLessThan((3 * 10_000) / interactionShardCount)
  })
})

describe('allContactBucketKeys and allInteractionShardKeys', () => {
  it('list every key once, as two lowercase hex digits, in order', () => {
    const buckets = allContactBucketKeys()
    const shards = allInteractionShardKeys()

    expect(buckets).toHaveLength(contactBucketCount)
    expect([buckets[0], buckets[10], buckets.at(-1)]).toEqual(['00', '0a', '7f'])
    expect(new Set(buckets).size).toBe(contactBucketCount)
    expect(shards).toEqual([
      '00',
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '0a',
      '0b',
      '0c',
      '0d',
      '0e',
      '0f',
    ])
  })
})
