import { describe, expect, it, vi } from 'vitest'
import type { RapportClient } from '../../../shared/api/client'
import type { AppInfo, VaultLoading } from '../../../shared/api/contract'
import { createEventHub } from '../../../shared/api/eventHub'
import { followVaultLoading } from '../../../renderer/src/workspace/followVaultLoading'

/** A client whose `app.info` answers when the test says, and whose events the test pushes. */
const fakeClient = () => {
  const hub = createEventHub()
  let answer: (info: AppInfo) => void = () => undefined
  const client = {
    call: vi.fn(() => new Promise((resolve) => (answer = resolve))),
    on: hub.on,
    close: async () => undefined,
  }
  const info = (loading?: VaultLoading): AppInfo => ({ version: '1', schemaVersion: 1, dataDir: '/v', pid: 1, loading })
  return { client: client as unknown as RapportClient, push: hub.emit, answer: (l?: VaultLoading) => answer(info(l)) }
}

const follow = () => {
  const fake = fakeClient()
  const seen: VaultLoading[] = []
  const stop = followVaultLoading(fake.client, (loading) => seen.push(loading))
  return { ...fake, seen, stop }
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('following what the vault is still loading', () => {
  it('starts from app.info, then follows the status events', async () => {
    const { answer, push, seen } = follow()

    answer('workspace')
    await tick()
    push('vault.status', { loading: 'history' })
    push('vault.status', { loading: null })

    expect(seen).toEqual(['workspace', 'history', null])
  })

  it('reads an app.info without loading as loaded', async () => {
    const { answer, seen } = follow()

    answer()
    await tick()

    expect(seen).toEqual([null])
  })

  it('keeps an event heard before the app.info answer', async () => {
    const { answer, push, seen } = follow()

    push('vault.status', { loading: null })
    answer('workspace')
    await tick()

    expect(seen).toEqual([null])
  })

  it('says nothing more once stopped', async () => {
    const { answer, push, seen, stop } = follow()

    stop()
    answer('workspace')
    push('vault.status', { loading: null })
    await tick()

    expect(seen).toEqual([])
  })
})
