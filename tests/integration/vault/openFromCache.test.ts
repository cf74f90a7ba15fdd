import fs from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { VaultStatus, WorkspaceDelta } from '../../../shared/api/contract'
import { applyDelta, mirrorFromSnapshot } from '../../../shared/api/workspaceMirror'
import { launchRapport, type LaunchedRapport } from '../../../electron/core/launchRapport'
import { startRapport } from '../../../electron/core/startRapport'
import { readModelCacheFile } from '../../../electron/core/workspace/readModelCacheFile'
import { startTestRapport } from '../../helpers/startTestRapport'
import { tempDataDir } from '../../helpers/tempDataDir'
import { restore } from '../backup/backupScenario'

const launched: LaunchedRapport[] = []

afterEach(async () => {
  for (const instance of launched.splice(0)) await instance.stop()
})

/** A loading the test releases when it wants: the documents stay unloaded until then. */
const heldBack = () => {
  let release = (): void => undefined
  const until = new Promise<void>((resolve) => (release = resolve))
  return { until, release }
}

const launch = async (dataDir: string, loadWhen?: Promise<void>) => {
  const instance = await launchRapport({ dataDir, appVersion: '0.0.0-test', socket: false, loadWhen })
  launched.push(instance)
  return instance
}

/** Whether a promise has settled, after letting every pending callback run. */
const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false
  void promise.then(
    () => (done = true),
    () => (done = true),
  )
  await new Promise((resolve) => setImmediate(resolve))
  return done
}

/** A vault with three contacts, closed normally (so its read-model cache is written). */
const closedVault = async () => {
  const running = await startTestRapport()
  const contacts = []
  for (const firstName of ['Ada', 'Grace', 'Katherine']) {
    contacts.push(await running.client.call('contacts.create', { firstName }))
  }
  await running.stop()
  return { dataDir: running.dataDir, contacts }
}

/** Changes the vault the way a crash after some edits leaves it: the documents move on, the cache does not. */
const editWithoutTheCache = async (
  dataDir: string,
  edit: (running: Awaited<ReturnType<typeof startRapport>>) => Promise<void>,
) => {
  const running = await startRapport({ dataDir, appVersion: '0.0.0-test', socket: false, readModelCache: false })
  await edit(running)
  await running.stop()
}

/** Rewrites the snapshot the read-model cache holds, as a stale cache or a later build would have it. */
const rewriteCachedSnapshot = async (dataDir: string, change: (snapshot: Record<string, unknown>) => object) => {
  const file = readModelCacheFile(dataDir)
  const cache = JSON.parse(await fs.readFile(file, 'utf8'))
  await fs.writeFile(file, JSON.stringify({ ...cache, snapshot: change(cache.snapshot) }))
}

/** Leaves the cache as a crash after a write made while the vault was open would: not proven current. */
const unstampCache = async (dataDir: string) => {
  const file = readModelCacheFile(dataDir)
  const { storage: _storage, ...cache } = JSON.parse(await fs.readFile(file, 'utf8'))
  await fs.writeFile(file, JSON.stringify(cache))
}

/** Launches on the cache, subscribes while the documents are held back, then lets them load: what clients got. */
const subscribeThenLoad = async (dataDir: string) => {
  const loading = heldBack()
  const app = await launch(dataDir, loading.until)
  const deltas: WorkspaceDelta[] = []
  app.client.on('workspace.changed', (delta) => deltas.push(delta))
  const early = await app.client.call('workspace.subscribe', {})
  loading.release()
  await app.loaded
  return { app, early, deltas }
}

describe('opening a vault from its read-model cache', () => {
  it('writes the cache when the vault closes', async () => {
    const { dataDir, contacts } = await closedVault()

    const cache = JSON.parse(await fs.readFile(readModelCacheFile(dataDir), 'utf8'))

    expect(cache).toMatchObject({ format: 'rapport.read-model', formatVersion: 1 })
    expect(cache.workspaceUrl).toBe(
      JSON.parse(await fs.readFile(path.join(dataDir, 'vault.json'), 'utf8')).workspaceUrl,
    )
    expect(cache.heads.length).toBeGreaterThan(0)
    expect(cache.snapshot.contacts.map((c: { firstName: string }) => c.firstName).sort()).toEqual(
      contacts.map((c) => c.firstName).sort(),
    )
    expect(cache.snapshot.stages).toHaveLength(5)
  })

  it('writes the cache while it runs, once changes have settled', async () => {
    const scheduled: Array<() => void> = []
    const timers = { setTimeout: (run: () => void) => scheduled.push(run), clearTimeout: () => undefined }
    const dataDir = await tempDataDir()
    const running = await startRapport({ dataDir, appVersion: '0.0.0-test', socket: false, readModelCache: { timers } })
    await running.client.call('contacts.create', { firstName: 'Ada' })
    const beforeTimer = await fs.readFile(readModelCacheFile(dataDir), 'utf8').catch(() => null)

    scheduled.at(-1)?.()
    for (let tries = 0; tries < 200 && !(await fs.stat(readModelCacheFile(dataDir)).catch(() => null)); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const cache = JSON.parse(await fs.readFile(readModelCacheFile(dataDir), 'utf8'))
    await running.stop()

    expect(beforeTimer).toBeNull()
    expect(cache.snapshot.contacts.map((c: { firstName: string }) => c.firstName)).toEqual(['Ada'])
  })

  it('answers the board from the cache before the documents load, and says they are loading', async () => {
    const { dataDir, contacts } = await closedVault()
    const loading = heldBack()

    const app = await launch(dataDir, loading.until)
    const snapshot = await app.client.call('workspace.subscribe', {})
    const info = await app.client.call('app.info', {})
    const one = await app.client.call('contacts.get', { id: contacts[1].id })
    const list = await app.client.call('contacts.list', {})
    const stages = await app.client.call('stages.list', {})

    expect(await settled(app.loaded)).toBe(false)
    expect(snapshot).toMatchObject({ version: 0, total: 3, complete: true })
    expect(snapshot.contacts.map((c) => c.id).sort()).toEqual(contacts.map((c) => c.id).sort())
    expect(info.loading).toBe('workspace')
    expect(one).toEqual(contacts[1])
    expect(list).toHaveLength(3)
    expect(stages).toHaveLength(5)
  })

  it('tells subscribers as the workspace, then the history, finish loading', async () => {
    const { dataDir } = await closedVault()
    const loading = heldBack()
    const app = await launch(dataDir, loading.until)
    const statuses: VaultStatus[] = []
    app.client.on('vault.status', (status) => statuses.push(status))
    await app.client.call('workspace.subscribe', {})

    loading.release()
    await app.loaded
    const info = await app.client.call('app.info', {})

    expect(statuses).toEqual([{ loading: 'history' }, { loading: null }])
    expect(app.loading()).toBeNull()
    expect(info.loading).toBeUndefined()
  })

  it('holds a change made while loading until the documents are in, then makes it on them', async () => {
    const { dataDir, contacts } = await closedVault()
    const loading = heldBack()
    const app = await launch(dataDir, loading.until)
    const deltas: WorkspaceDelta[] = []
    app.client.on('workspace.changed', (delta) => deltas.push(delta))
    await app.client.call('workspace.subscribe', {})

    const renaming = app.client.call('contacts.update', { id: contacts[0].id, fields: { firstName: 'Augusta' } })
    const waited = !(await settled(renaming))
    loading.release()
    const renamed = await renaming
    await app.stop()
    const reopened = await startTestRapport({ dataDir })

    expect(waited).toBe(true)
    expect(renamed.firstName).toBe('Augusta')
    expect(deltas.at(-1)?.contacts.map((c) => c.firstName)).toEqual(['Augusta'])
    expect((await reopened.client.call('contacts.get', { id: contacts[0].id })).firstName).toBe('Augusta')
  })

  it('corrects a stale cache with a delta once the documents are loaded', async () => {
    const { dataDir, contacts } = await closedVault()
    await editWithoutTheCache(dataDir, async ({ client }) => {
      await client.call('contacts.update', { id: contacts[0].id, fields: { company: 'Analytical Engines' } })
      await client.call('contacts.delete', { id: contacts[2].id })
      await client.call('contacts.create', { firstName: 'Dorothy' })
    })
    const loading = heldBack()
    const app = await launch(dataDir, loading.until)
    const deltas: WorkspaceDelta[] = []
    app.client.on('workspace.changed', (delta) => deltas.push(delta))
    const stale = await app.client.call('workspace.subscribe', {})

    loading.release()
    await app.loaded
    const mirror = applyDelta(mirrorFromSnapshot(stale), deltas[0])
    const truth = await app.client.call('workspace.snapshot', {})

    expect(stale.contacts.map((c) => c.firstName).sort()).toEqual(['Ada', 'Grace', 'Katherine'])
    expect(deltas).toHaveLength(1)
    expect(deltas[0]).toMatchObject({ version: 1, removedContactIds: [contacts[2].id], stages: null })
    expect(deltas[0].contacts.map((c) => c.firstName).sort()).toEqual(['Ada', 'Dorothy'])
    expect(mirror).not.toBe('stale')
    if (mirror === 'stale') return
    expect([...mirror.contacts.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...truth.contacts].sort((a, b) => a.id.localeCompare(b.id)),
    )
  })

  it('sends no delta when the cache says what the documents say', async () => {
    const { dataDir } = await closedVault()

    const { app, deltas } = await subscribeThenLoad(dataDir)

    expect(deltas).toEqual([])
    expect((await app.client.call('workspace.snapshot', {})).version).toBe(0)
  })

  it('carries fields of the snapshot it does not know, and has clients take a fresh snapshot when they differ', async () => {
    const { dataDir } = await closedVault()
    await rewriteCachedSnapshot(dataDir, (snapshot) => ({ ...snapshot, laterField: [{ id: 'g1' }] }))

    const { early, deltas } = await subscribeThenLoad(dataDir)

    expect((early as unknown as { laterField: unknown }).laterField).toEqual([{ id: 'g1' }])
    expect(deltas.map((d) => d.version)).toEqual([2])
    expect(applyDelta(mirrorFromSnapshot(early), deltas[0])).toBe('stale')
  })

  it('sends the goals, reminders and communities the cache had wrong in the take-over delta, no fresh snapshot needed', async () => {
    const { dataDir } = await closedVault()
    await rewriteCachedSnapshot(dataDir, (snapshot) => ({
      ...snapshot,
      goals: [{ id: 'g-gone' }],
      reminders: [{ id: 'r-gone' }],
    }))

    const { early, deltas } = await subscribeThenLoad(dataDir)

    expect(deltas.map((d) => [d.version, d.goals, d.reminders, d.communities])).toEqual([
      [early.version + 1, [], [], null],
    ])
    const mirror = applyDelta(mirrorFromSnapshot(early), deltas[0])
    expect(mirror).not.toBe('stale')
  })

  it.each([
    ['damaged', (text: string) => text.slice(0, text.length / 2)],
    ['from another schema version', (text: string) => JSON.stringify({ ...JSON.parse(text), schemaVersion: 999 })],
    [
      'of another workspace document',
      (text: string) => JSON.stringify({ ...JSON.parse(text), workspaceUrl: 'automerge:other' }),
    ],
    ['holding a contact without a stage', (text: string) => text.replace(/"stageId":"[^"]*",?/, '')],
  ])('ignores a cache that is %s and opens from the documents', async (_what, spoil) => {
    const { dataDir, contacts } = await closedVault()
    await editWithoutTheCache(dataDir, async ({ client }) => {
      await client.call('contacts.update', { id: contacts[0].id, fields: { firstName: 'Augusta' } })
    })
    const file = readModelCacheFile(dataDir)
    await fs.writeFile(file, spoil(await fs.readFile(file, 'utf8')))

    const app = await launch(dataDir, new Promise(() => undefined))
    const snapshot = await app.client.call('workspace.subscribe', {})

    expect(app.loading()).toBeNull()
    expect(snapshot.contacts.map((c) => c.firstName).sort()).toEqual(['Augusta', 'Grace', 'Katherine'])
  })

  it('opens a vault left by a crash, with no cache, from its documents', async () => {
    const running = await startTestRapport()
    const ada = await running.client.call('contacts.create', { firstName: 'Ada' })
    const copy = `${running.dataDir}-crashed`
    await fs.cp(running.dataDir, copy, { recursive: true, filter: (source) => !source.includes('.incoming') })
    await fs.rm(path.join(copy, 'rapport.lock'))

    const app = await launch(copy)
    const snapshot = await app.client.call('workspace.subscribe', {})

    expect(await fs.stat(readModelCacheFile(running.dataDir)).catch(() => null)).toBeNull()
    expect(app.loading()).toBeNull()
    expect(snapshot.contacts).toEqual([ada])
  })

  it('forgets the cache when a backup is restored, so the board never shows the replaced documents', async () => {
    const running = await startTestRapport()
    await running.client.call('contacts.create', { firstName: 'Ada' })
    const backup = await running.client.call('vault.backup', {})
    await running.client.call('contacts.create', { firstName: 'Later' })
    await running.stop()

    await restore(running.dataDir, backup.file)
    const app = await launch(running.dataDir, new Promise(() => undefined))
    const snapshot = await app.client.call('workspace.subscribe', {})

    expect(app.loading()).toBeNull()
    expect(snapshot.contacts.map((c) => c.firstName)).toEqual(['Ada'])
  })

  it('answers the contact and stage lists of a cache not proven current only once the documents are loaded', async () => {
    const { dataDir } = await closedVault()
    await editWithoutTheCache(dataDir, async ({ client }) => {
      await client.call('contacts.create', { firstName: 'Dorothy' })
    })
    const loading = heldBack()
    const app = await launch(dataDir, loading.until)

    const listing = app.client.call('contacts.list', {})
    const waited = !(await settled(listing))
    loading.release()

    expect(waited).toBe(true)
    expect(await listing).toHaveLength(4)
  })

  it('keeps the single-writer lock from launch, before the documents load', async () => {
    const { dataDir } = await closedVault()
    const app = await launch(dataDir, new Promise(() => undefined))

    await expect(startRapport({ dataDir, appVersion: '0.0.0-test', socket: false })).rejects.toThrow(
      /is using this vault/,
    )
    await app.stop()
    const next = await startTestRapport({ dataDir })
    expect(await next.client.call('contacts.list', {})).toHaveLength(3)
  })

  it('loads the documents once a subscription has been sent its snapshot', async () => {
    const { dataDir } = await closedVault()
    const app = await launchRapport({ dataDir, appVersion: '0.0.0-test', socket: false, loadAfterMs: 3_600_000 })
    launched.push(app)

    await app.client.call('workspace.subscribe', {})
    await app.loaded

    expect(app.loading()).toBeNull()
  })
})

describe("this week's queue at launch", () => {
  /** A vault with a contact, a reminder due and a weekly goal, closed normally. */
  const vaultWithAGoal = async () => {
    const running = await startTestRapport()
    const ada = await running.client.call('contacts.create', { firstName: 'Ada', lastName: 'Lovelace' })
    await running.client.call('reminders.create', { contactId: ada.id, dueAt: Date.now() - 60_000, note: 'the intro' })
    await running.client.call('goals.create', { target: 3, period: 'week' })
    await running.stop()
    return running
  }

  it('is answered in full from a cache proven current, before the documents load', async () => {
    const running = await vaultWithAGoal()
    const app = await launch(running.dataDir, new Promise(() => undefined))

    const early = await app.client.call('queue.list', {})

    expect(await settled(app.loaded)).toBe(false)
    expect(early.withoutGoals).toBeUndefined()
    expect(early.top[0].reasons).toEqual([
      expect.stringMatching(/^Reminder: the intro/),
      expect.stringMatching(/^Goal behind/),
    ])
  })

  it('is answered from a cache not proven current ranked without the goals, and in full once loaded', async () => {
    const running = await vaultWithAGoal()
    await unstampCache(running.dataDir)
    const loading = heldBack()
    const app = await launch(running.dataDir, loading.until)

    const early = await app.client.call('queue.list', {})

    expect(await settled(app.loaded)).toBe(false)
    expect(early.withoutGoals).toBe(true)
    expect(early.top.map((r) => [r.name, r.reasons])).toEqual([
      ['Ada Lovelace', [expect.stringMatching(/^Reminder: the intro/)]],
    ])

    loading.release()
    await app.loaded
    const full = await app.client.call('queue.list', {})

    expect(full.withoutGoals).toBeUndefined()
    expect(full.top[0].reasons).toEqual([
      expect.stringMatching(/^Reminder: the intro/),
      expect.stringMatching(/^Goal behind/),
    ])
  })
})
