/**
 * One cold open of a vault, run in a fresh process by `measureColdOpen`. Prints one JSON line.
 *
 *   node --expose-gc --import tsx bench/coldOpenChild.ts core|raw|breakdown DATA_DIR
 *
 * `core` opens the vault the way the app does (`startRapport`, until its promise resolves:
 * workspace and interaction documents loaded, read model built). `raw` reads the same storage
 * chunks and `Automerge.load`s them, with no Repo. `breakdown` times the steps the core takes,
 * one by one, to show where the difference goes. Only the open is timed, never process start.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import * as A from '@automerge/automerge'
import { startRapport } from '../electron/core/startRapport'
import { WorkspaceReadModel } from '../electron/core/workspace/WorkspaceReadModel'
import type { InteractionLogDoc, WorkspaceDoc } from '../shared/schema/workspaceDoc'
import { readStoredDocuments } from './readStoredDocuments'

const memory = () => {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  gc?.()
  const m = process.memoryUsage()
  return { rssBytes: m.rss, heapUsedBytes: m.heapUsed, externalBytes: m.external, gcExposed: Boolean(gc) }
}

const workspaceDocumentId = async (dataDir: string): Promise<string> => {
  const manifest = JSON.parse(await fs.readFile(path.join(dataDir, 'vault.json'), 'utf8')) as { workspaceUrl: string }
  return manifest.workspaceUrl.replace(/^automerge:/, '')
}

const openCore = async (dataDir: string) => {
  const t0 = performance.now()
  const running = await startRapport({ dataDir, appVersion: 'bench', socket: false })
  const ms = performance.now() - t0
  const mem = memory()
  const contacts = running.core.readModel.contacts.size
  await running.stop()
  return { mode: 'core', ms, contacts, ...mem }
}

const openRaw = async (dataDir: string) => {
  const t0 = performance.now()
  const stored = await readStoredDocuments(dataDir)
  const docs = stored.map((d) => A.load<unknown>(d.bytes))
  const ms = performance.now() - t0
  const mem = memory()
  return { mode: 'raw', ms, documents: docs.length, ...mem }
}

const time = <T>(run: () => T): [T, number] => {
  const t0 = performance.now()
  const value = run()
  return [value, performance.now() - t0]
}

const breakdown = async (dataDir: string) => {
  const workspaceId = await workspaceDocumentId(dataDir)
  const t0 = performance.now()
  const stored = await readStoredDocuments(dataDir)
  const readMs = performance.now() - t0
  const workspaceBytes = stored.find((d) => d.documentId === workspaceId)!
  const logBytes = stored.filter((d) => d.documentId !== workspaceId)

  // What the raw baseline does.
  const [, loadWorkspaceMs] = time(() => A.load(workspaceBytes.bytes))
  const [, loadLogsMs] = time(() => logBytes.map((d) => A.load(d.bytes)))
  // What stock automerge-repo 2.5's StorageSubsystem.loadDoc does (patches/ replaces it with load): loadIncremental into an empty doc.
  const [workspace, incrementalWorkspaceMs] = time(() =>
    A.loadIncremental(A.init<WorkspaceDoc>(), workspaceBytes.bytes),
  )
  const [logs, incrementalLogsMs] = time(() =>
    logBytes.map((d) => A.loadIncremental(A.init<InteractionLogDoc>(), d.bytes)),
  )
  // What DocHandle does next: a diff from nothing to the loaded heads, to emit a 'change' event.
  const [workspacePatches, diffWorkspaceMs] = time(() => A.diff(workspace, [], A.getHeads(workspace)).length)
  const [logPatches, diffLogsMs] = time(() => logs.reduce((n, doc) => n + A.diff(doc, [], A.getHeads(doc)).length, 0))
  // What the core does with the loaded documents: InteractionLogs.latestByContact, then the read model.
  const [latest, latestMs] = time(() => {
    const map = new Map<string, number>()
    for (const doc of logs) {
      for (const record of Object.values(doc.interactions)) {
        const id = record.contactId.toString()
        if ((map.get(id) ?? -Infinity) < record.occurredAt) map.set(id, record.occurredAt)
      }
    }
    return map
  })
  const [model, readModelMs] = time(() => new WorkspaceReadModel(workspace, latest))

  const [saved, saveWorkspaceMs] = time(() => A.save(workspace))
  // The same workspace compacted into one snapshot, as automerge-repo leaves it after a compaction.
  const [, loadCompactedWorkspaceMs] = time(() => A.load(saved))
  const workspaceStats = A.stats(workspace)
  const logStats = logs.map((d) => A.stats(d))
  return {
    mode: 'breakdown',
    readMs,
    loadWorkspaceMs,
    loadLogsMs,
    incrementalWorkspaceMs,
    incrementalLogsMs,
    diffWorkspaceMs,
    diffLogsMs,
    latestMs,
    readModelMs,
    saveWorkspaceMs,
    loadCompactedWorkspaceMs,
    workspacePatches,
    logPatches,
    contacts: model.contacts.size,
    workspace: {
      storedBytes: workspaceBytes.bytes.length,
      storedChunks: workspaceBytes.chunks.length,
      savedBytes: saved.length,
      numOps: workspaceStats.numOps,
      numChanges: workspaceStats.numChanges,
    },
    interactionLogs: {
      documents: logs.length,
      storedBytes: logBytes.reduce((n, d) => n + d.bytes.length, 0),
      savedBytes: logs.reduce((n, d) => n + A.save(d).length, 0),
      numOps: logStats.reduce((n, s) => n + s.numOps, 0),
      maxOps: Math.max(...logStats.map((s) => s.numOps)),
      interactions: logs.reduce((n, d) => n + Object.keys(d.interactions).length, 0),
    },
  }
}

const [mode, dataDir] = process.argv.slice(2)
const modes = { core: openCore, raw: openRaw, breakdown } as const
const run = modes[mode as keyof typeof modes]
if (!run || !dataDir) {
  console.error('usage: coldOpenChild.ts core|raw|breakdown DATA_DIR')
  process.exit(2)
}
process.stdout.write(`${JSON.stringify(await run(dataDir))}\n`)
