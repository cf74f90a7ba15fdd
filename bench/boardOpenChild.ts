/**
 * One launch of a vault, run in a fresh process by `boardOpenBench`. Prints one JSON line.
 *
 *   node --import tsx bench/boardOpenChild.ts before|after|floor DATA_DIR   (the bench runs it built, see boardOpenBench)
 *
 * `before` opens as every open did before the read-model cache (`startRapport` without it: every document loaded,
 * then the read model built), then subscribes. `after` launches as the app does (`launchRapport`: the board from
 * `read-model.json`, the documents loading after the snapshot has gone out), subscribes, then waits for the
 * documents. `floor` only reads `read-model.json` and `JSON.parse`s it. Times are from process start
 * (`performance.now()`), so they include loading the modules; `fromLaunchMs` excludes it.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { launchRapport } from '../electron/core/launchRapport'
import { startRapport } from '../electron/core/startRapport'
import type { RapportClient } from '../shared/api/client'

const subscribe = (client: RapportClient) => client.call('workspace.subscribe', {})

const before = async (dataDir: string) => {
  const launchAt = performance.now()
  const running = await startRapport({ dataDir, appVersion: 'bench', socket: false, readModelCache: false })
  const snapshot = await subscribe(running.client)
  const subscribedMs = performance.now()
  await running.stop()
  return { mode: 'before', launchAt, subscribedMs, loadedMs: subscribedMs, total: snapshot.total }
}

const after = async (dataDir: string) => {
  const launchAt = performance.now()
  const launched = await launchRapport({ dataDir, appVersion: 'bench', socket: false })
  const snapshot = await subscribe(launched.client)
  const subscribedMs = performance.now()
  const fromCache = launched.loading() !== null
  await launched.loaded
  const loadedMs = performance.now()
  await launched.stop()
  return { mode: 'after', launchAt, subscribedMs, loadedMs, total: snapshot.total, fromCache }
}

const floor = async (dataDir: string) => {
  const launchAt = performance.now()
  const text = await fs.readFile(path.join(dataDir, 'read-model.json'), 'utf8')
  const parsed = JSON.parse(text) as { snapshot: { contacts: unknown[] } }
  const subscribedMs = performance.now()
  return {
    mode: 'floor',
    launchAt,
    subscribedMs,
    loadedMs: subscribedMs,
    total: parsed.snapshot.contacts.length,
    bytes: text.length,
  }
}

const [mode, dataDir] = process.argv.slice(2)
const modes = { before, after, floor } as const
const run = modes[mode as keyof typeof modes]
if (!run || !dataDir) {
  console.error('usage: boardOpenChild.ts before|after|floor DATA_DIR')
  process.exit(2)
}
const result = await run(dataDir)
process.stdout.write(`${JSON.stringify({ ...result, fromLaunchMs: result.subscribedMs - result.launchAt })}\n`)
