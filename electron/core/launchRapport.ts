import type { CommandName, VaultLoading } from '../../shared/api/contract'
import type { RapportClient } from '../../shared/api/client'
import { createDispatcher, type Dispatch, type Handlers, type Session } from '../../shared/api/dispatcher'
import { RapportError } from '../../shared/api/errors'
import { createLocalClient } from '../../shared/api/localClient'
import type { CoreContext } from './handlers/CoreContext'
import { habitHandlers } from './handlers/habitHandlers'
import { workspaceHandlers } from './handlers/workspaceHandlers'
import { startRapport, type RunningRapport, type StartOptions } from './startRapport'
import { startSocketServer, type SocketServer } from './transport/startSocketServer'
import { claimVault } from './vault/claimVault'
import { readSyncSettings } from './sync/syncSettingsFile'
import { CachedReadModel } from './workspace/CachedReadModel'
import { cachedReads } from './workspace/cachedReads'
import { readCurrentCache } from './workspace/readCurrentCache'
import { readReadModelCache } from './workspace/readReadModelCache'

/** A core that may still be loading its documents, answering reads from the read-model cache meanwhile. */
export type LaunchedRapport = {
  /** Serves every command: reads from the cache until the documents are loaded; anything else waits for them. */
  dispatch: Dispatch
  client: RapportClient
  server: SocketServer | null
  /** What is still loading (null: nothing). */
  loading: () => VaultLoading
  /** The core over the loaded documents; rejects when they cannot be loaded (the vault is damaged). */
  loaded: Promise<RunningRapport>
  stop: () => Promise<void>
}

/**
 * The commands any read-model cache answers while the documents load, even one not proven current (left by a crash,
 * or from before a sync): the subscriptions, which a delta corrects once the documents are in, and the queue, marked
 * as ranked without the goals (the page asks again once the history is in). A cache proven current
 * (`readCurrentCache`) also answers the other reads, exactly as the documents would (`cachedReads`).
 */
const servedFromCache = new Set([
  'app.info',
  'workspace.snapshot',
  'workspace.subscribe',
  'workspace.unsubscribe',
  'queue.list',
])

/** The documents start loading this long after launch when nothing asked for them sooner. */
const defaultLoadAfterMs = 10_000
/** With sync on, at most this long: the sync peer starts once they are loaded, and a window gets its board first. */
const syncLoadAfterMs = 1_500

/**
 * Starts Rapport so that a window can show the board at once: takes the vault's lock, and when a read-model cache
 * for its workspace is there, answers the commands that read the board from it while the documents load in the
 * background; commands that change anything wait until they are loaded and then run on the real documents. The
 * documents start loading (it holds the process for seconds on a large vault) once a subscription's snapshot has
 * gone out, a command needs them, `loadAfterMs` have passed, or, when given, `loadWhen` resolves; with `sync` on in
 * this device's settings, at most 1.5 s after launch (the sync peer starts once they are loaded). Without a usable
 * cache, it opens as `startRapport` does.
 */
export const launchRapport = async (
  options: StartOptions & { loadAfterMs?: number; loadWhen?: Promise<void> },
): Promise<LaunchedRapport> => {
  const now = options.now ?? Date.now
  const claimed = await claimVault(options.dataDir, now())
  const workspaceUrl = claimed.manifest?.workspaceUrl
  const current = workspaceUrl ? await readCurrentCache(options.dataDir, workspaceUrl, options.appVersion) : null
  const cache = current?.cache ?? (workspaceUrl ? await readReadModelCache(options.dataDir, workspaceUrl) : null)
  if (!cache || options.readModelCache === false) {
    const running = await startRapport({ ...options, claimed })
    const { client, server, stop } = running
    return {
      dispatch: running.dispatch,
      client,
      server,
      loading: () => null,
      loaded: Promise.resolve(running),
      stop,
    }
  }

  const readModel = new CachedReadModel(cache.snapshot)
  const subscribers = new Set<Session>()
  let loading: VaultLoading = 'workspace'
  const moveOn = (next: VaultLoading) => {
    loading = next
    for (const session of subscribers) session.emit('vault.status', { loading })
  }

  let begin = (): void => undefined
  const asked = new Promise<void>((resolve) => (begin = resolve))
  // A sync peer works on the documents, and starts only once they are loaded: with sync on, they load soon after the
  // window's first board has gone out (or after a moment when no window asks), not seconds later.
  const syncOn = !!options.sync && (await readSyncSettings(options.dataDir, () => undefined)).enabled
  const loadAfterMs = options.loadAfterMs ?? defaultLoadAfterMs
  const timer = setTimeout(begin, syncOn ? Math.min(loadAfterMs, syncLoadAfterMs) : loadAfterMs)
  let started = false
  let stopped = false
  let running: RunningRapport | null = null
  const loaded = (options.loadWhen ?? asked).then(async () => {
    clearTimeout(timer)
    if (stopped) throw new RapportError('unavailable', 'Rapport stopped before its documents were loaded.')
    started = true
    running = await startRapport({
      ...options,
      socket: false,
      claimed,
      // Nothing to write at close when the documents are still those the current cache describes.
      readModelCache: current ? { ...options.readModelCache, current: current.storage } : options.readModelCache,
      resume: { subscribers, snapshot: readModel.snapshot() },
      onHistoryLoading: () => moveOn('history'),
    })
    moveOn(null)
    return running
  })
  loaded.catch(() => undefined)

  // Only the read commands' handlers are reached before the documents load; they read the read model, the
  // subscribers, the clock and the app's version and folder, nothing else of a core.
  const earlyContext = {
    readModel,
    subscribers,
    now,
    appVersion: options.appVersion,
    vault: { dataDir: options.dataDir },
  } as unknown as CoreContext
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  const reads = {
    ...workspaceHandlers(earlyContext, { snapshotSent: () => setTimeout(begin, 0) }),
    'queue.list': habitHandlers(earlyContext, { timeZone, withGoals: false })['queue.list'],
  }
  const exactReads = current
    ? cachedReads(current, {
        dataDir: options.dataDir,
        now,
        timeZone: () => timeZone,
        appVersion: options.appVersion,
        readModel,
      })
    : null
  const fromCache = createDispatcher({
    ...reads,
    'app.info': async (input, session) => ({ ...(await reads['app.info'](input, session)), loading }),
  } as Handlers)

  const dispatch: Dispatch = async (command, input, session) => {
    if (running) return running.dispatch(command, input, session)
    if (exactReads) {
      const answer = await exactReads(command as CommandName, input as never)
      if (answer.served) return { ok: true, value: answer.value }
    }
    if (servedFromCache.has(command)) return fromCache(command, input, session)
    begin()
    try {
      const core = await loaded
      return core.dispatch(command, input, session)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return { ok: false, error: { code: 'unavailable', message } }
    }
  }

  let server: SocketServer | null = null
  try {
    if (options.socket) {
      server = await startSocketServer({ dispatch, ...options.socket })
      await claimed.lock.publishEndpoint({ url: server.url, token: server.token })
    }
  } catch (error) {
    stopped = true
    clearTimeout(timer)
    await claimed.lock.release()
    throw error
  }
  const client = createLocalClient(dispatch)
  let stopping: Promise<void> | null = null
  return {
    dispatch,
    client,
    server,
    loading: () => loading,
    loaded,
    stop: () =>
      (stopping ??= (async () => {
        stopped = true
        clearTimeout(timer)
        await client.close()
        if (server) await server.close()
        if (!started) return claimed.lock.release()
        const core = await loaded.catch(() => null)
        await core?.stop()
      })()),
  }
}
