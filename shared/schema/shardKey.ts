import { contactBucketCount, interactionShardCount } from './workspaceDoc'

/** FNV-1a: a small, stable, well-spread hash; the same on every device and version. */
const fnv1a = (text: string): number => {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

const toKey = (n: number): string => n.toString(16).padStart(2, '0')

/** The bucket key that holds a contact. */
export const contactBucketKey = (contactId: string): string => toKey(fnv1a(contactId) % contactBucketCount)

/** The interaction shard that holds a contact's interactions. */
export const interactionShardKey = (contactId: string): string => toKey(fnv1a(contactId) % interactionShardCount)

/** Every bucket key, in order. */
export const allContactBucketKeys = (): string[] => Array.from({ length: contactBucketCount }, (_, i) => toKey(i))

/** Every interaction shard key, in order. */
export const allInteractionShardKeys = (): string[] => Array.from({ length: interactionShardCount }, (_, i) => toKey(i))
