import * as A from '@automerge/automerge'
import type { Chunk, DocHandle, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo'
import { describe, expect, it } from 'vitest'
import { compactDocuments } from '../../../../electron/core/storage/compactDocuments'

const handleOf = (documentId: string) =>
  ({ documentId, isReady: () => true, doc: () => A.from({ documentId }) }) as unknown as DocHandle<unknown>

/** Storage holding two incremental chunks per document, where listing `vanishing`'s chunks fails as a removed file does. */
const storageWith = (ids: string[], vanishing: string) => {
  const chunks = new Map<string, Uint8Array>()
  for (const id of ids) for (const n of ['1', '2']) chunks.set(`${id}/incremental/${n}`, new Uint8Array([1]))
  const storage: Partial<StorageAdapterInterface> = {
    async loadRange(prefix: StorageKey): Promise<Chunk[]> {
      if (prefix[0] === vanishing) throw Object.assign(new Error('gone'), { code: 'ENOENT' })
      const start = prefix.join('/') + '/'
      return [...chunks].filter(([k]) => k.startsWith(start)).map(([k, data]) => ({ key: k.split('/'), data }))
    },
    async save(key: StorageKey, data: Uint8Array) {
      chunks.set(key.join('/'), data)
    },
    async remove(key: StorageKey) {
      chunks.delete(key.join('/'))
    },
  }
  return { storage: storage as StorageAdapterInterface, keys: () => [...chunks.keys()].sort() }
}

describe('compactDocuments', () => {
  it('rewrites each document stored in several chunks as one snapshot', async () => {
    const { storage, keys } = storageWith(['a'], 'none')

    expect(await compactDocuments(storage, [handleOf('a')])).toBe(1)
    expect(keys()).toEqual([expect.stringMatching(/^a\/snapshot\//)])
  })

  // Regression: a chunk removed while the vault closed made the close fail with ENOENT.
  it('leaves a document whose chunks vanish while listed for the next close, and compacts the others', async () => {
    const { storage, keys } = storageWith(['a', 'b'], 'a')

    expect(await compactDocuments(storage, [handleOf('a'), handleOf('b')])).toBe(1)
    expect(keys()).toEqual(['a/incremental/1', 'a/incremental/2', expect.stringMatching(/^b\/snapshot\//)])
  })
})
