/**
 * `npm run bench:sync`: sync between two devices on loopback with the 30,000-contact, 100,000-interaction vault, over
 * the app's transport (Noise over TCP, `NoiseNetworkAdapter`) against plain automerge-repo WebSocket in the same
 * run. Measures the first full sync to a newly paired device (and the floor: `Automerge.load` of the same documents
 * in a fresh process), one edit reaching the connected device, and the bytes on the wire for that edit.
 * Each device runs in its own process: the source once for the whole run (both transports talk to the same Repo),
 * a fresh receiver for every first sync. Options: --runs N (first syncs per transport, default 5), --edits N
 * (default 50), --contacts N / --interactions N (another vault size), --cpu-prof (profiles of every child into
 * bench/.data/sync-profiles), --no-announce (the source only answers requests, it does not offer its documents).
 * Writes bench/.data/sync.json. See docs/performance.md, "Sync between devices".
 */
import { fork, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import SecretStream from '@hyperswarm/secret-stream'
import { FRAME_PAYLOAD_BYTES } from '../electron/core/sync/channelFrames'
import { benchDataDir, benchVaultSpec, ensureGeneratedVault } from './generateVault'
import { summarize, type Summary } from './stats'
import type { ReceiverStart, ReceiverSynced, ReceiverTraffic } from './syncReceiverChild'
import type { SourceReady } from './syncSourceChild'
import type { HexKeyPair, SyncTransport } from './syncTransports'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    edits: { type: 'string', default: '50' },
    contacts: { type: 'string', default: String(benchVaultSpec.contacts) },
    interactions: { type: 'string', default: String(benchVaultSpec.interactions) },
    'cpu-prof': { type: 'boolean', default: false },
    'no-announce': { type: 'boolean', default: false },
  },
})

const benchDir = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.dirname(benchDir)
const progress = (message: string) => process.stderr.write(`[bench:sync] ${message}\n`)
const transports: SyncTransport[] = ['noise', 'websocket']
const targets = { fullSyncMs: 10_000, ratio: 1.5, editMs: 100 }
const profileDir = path.join(benchDataDir, 'sync-profiles')
const execArgv = ['--import', 'tsx', ...(args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])]

const hexKeys = (): HexKeyPair => {
  const keys = SecretStream.keyPair()
  return { publicKey: keys.publicKey.toString('hex'), secretKey: keys.secretKey.toString('hex') }
}

const startChild = (script: string, argv: string[]): ChildProcess => {
  const child = fork(path.join(benchDir, script), argv, {
    cwd: repoRoot,
    execArgv,
    env: { ...process.env, DEBUG: '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  child.on('exit', (code) => {
    if (code) progress(`${script} exited with ${code}`)
  })
  return child
}

/** The next IPC message of a type from a child; rejects when the child exits first or after `timeoutMs`. */
const nextMessage = <T>(child: ChildProcess, type: string, timeoutMs: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const done = (error: Error | null, message?: T) => {
      clearTimeout(timer)
      child.off('message', onMessage)
      child.off('exit', onExit)
      if (error) reject(error)
      else resolve(message!)
    }
    const onMessage = (message: { type: string }) => {
      if (message.type === type) done(null, message as T)
    }
    const onExit = (code: number | null) => done(new Error(`the child exited (${code}) before sending ${type}`))
    const timer = setTimeout(() => done(new Error(`no ${type} within ${timeoutMs} ms`)), timeoutMs)
    child.on('message', onMessage)
    child.on('exit', onExit)
  })

const stopChild = async (child: ChildProcess): Promise<void> => {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.send({ type: 'stop' })
  const timer = setTimeout(() => child.kill(), 30_000)
  await exited
  clearTimeout(timer)
}

const loadFloor = (savedDir: string, workspaceId: string): Promise<{ loadMs: number; workspaceMs: number }> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...execArgv, path.join(benchDir, 'syncLoadFloorChild.ts'), savedDir, workspaceId],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.on('error', reject)
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? ''
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`the load floor exited with ${code}: ${out}`))
      else resolve(JSON.parse(line) as { loadMs: number; workspaceMs: number })
    })
  })

type EditSample = {
  latencyMs: number
  changeMs: number
  wireIn: number
  wireOut: number
  messagesIn: number
  messagesOut: number
  messageBytesIn: number
  messageBytesOut: number
}

const trafficDelta = (before: ReceiverTraffic, after: ReceiverTraffic) => ({
  wireIn: after.wireIn - before.wireIn,
  wireOut: after.wireOut - before.wireOut,
  messagesIn: after.messages.messagesIn - before.messages.messagesIn,
  messagesOut: after.messages.messagesOut - before.messages.messagesOut,
  messageBytesIn: after.messages.bytesIn - before.messages.bytesIn,
  messageBytesOut: after.messages.bytesOut - before.messages.bytesOut,
})

const sum = (values: number[]) => values.reduce((total, v) => total + v, 0)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Edits on the source, each timed until the receiver's handle emits it; the bytes of each, acknowledgements included. */
const measureEdits = async (
  source: ChildProcess,
  receiver: ChildProcess,
  transport: SyncTransport,
  count: number,
): Promise<EditSample[]> => {
  const samples: EditSample[] = []
  const warmup = 3
  for (let i = 0; i < warmup + count; i++) {
    receiver.send({ type: 'bytes' })
    const before = (await nextMessage<{ traffic: ReceiverTraffic }>(receiver, 'bytes', 10_000)).traffic
    const company = `Edit ${transport} ${i} ${Date.now()}`
    const seen = nextMessage<{ company: string; at: number }>(receiver, 'seen', 10_000)
    const edited = nextMessage<{ at: number; changeMs: number }>(source, 'edited', 10_000)
    source.send({ type: 'edit', company })
    const [seenAt, editedAt] = await Promise.all([seen, edited])
    if (seenAt.company !== company) throw new Error(`the receiver saw "${seenAt.company}", not "${company}"`)
    // Long enough for the acknowledgements to finish, and past automerge-repo's 100 ms sync throttle.
    await sleep(400)
    receiver.send({ type: 'bytes' })
    const after = (await nextMessage<{ traffic: ReceiverTraffic }>(receiver, 'bytes', 10_000)).traffic
    if (i >= warmup)
      samples.push({ latencyMs: seenAt.at - editedAt.at, changeMs: editedAt.changeMs, ...trafficDelta(before, after) })
  }
  return samples
}

const spec = { ...benchVaultSpec, contacts: Number(args.contacts), interactions: Number(args.interactions) }
const name =
  spec.contacts === 30_000 && spec.interactions === 100_000
    ? 'vault-30k'
    : `vault-${spec.contacts}-${spec.interactions}`
const loadBefore = os.loadavg()
const loads: number[][] = [loadBefore]
const cached = await ensureGeneratedVault(name, spec)
if (args['cpu-prof']) await fs.mkdir(profileDir, { recursive: true })

// The source works on a copy (timestamps kept: the storage adapter loads chunks in mtime order).
const work = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-bench-sync-'))
const children: ChildProcess[] = []
try {
  const dataDir = path.join(work, 'vault')
  const savedDir = path.join(work, 'saved')
  await fs.cp(cached, dataDir, { recursive: true, preserveTimestamps: true })
  progress('opening the source device (its own process): every document loaded, listening on 127.0.0.1')
  const source = startChild('syncSourceChild.ts', [
    dataDir,
    savedDir,
    JSON.stringify(hexKeys()),
    args['no-announce'] ? 'no-announce' : 'announce',
  ])
  children.push(source)
  const ready = await nextMessage<SourceReady>(source, 'ready', 600_000)
  const workspaceId = ready.workspaceUrl.replace(/^automerge:/, '')
  progress(`source open in ${Math.round(ready.openMs)} ms; ${ready.documents.length} documents`)

  type SourceMetrics = { generateMs: number; receiveMs: number; saveMs: number }
  const fullSyncs: Record<SyncTransport, Array<ReceiverSynced & { run: number; source: SourceMetrics }>> = {
    noise: [],
    websocket: [],
  }
  const sourceMetrics = async (): Promise<SourceMetrics> => {
    source.send({ type: 'metrics' })
    return nextMessage<SourceMetrics>(source, 'metrics', 10_000)
  }
  const edits: Record<SyncTransport, EditSample[]> = { noise: [], websocket: [] }
  const floors: Array<{ loadMs: number; workspaceMs: number }> = []
  const failures: Array<{ run: number; transport: SyncTransport; error: string }> = []
  const runs = Number(args.runs)
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? transports : [...transports].reverse()
    for (const transport of order) {
      const keys = hexKeys()
      // Over Noise the device joins as the app's does: the vault's saved documents first, then a catch-up sync.
      source.send({ type: 'pair', publicKey: keys.publicKey, joining: transport === 'noise' })
      await nextMessage(source, 'paired', 10_000)
      // The source's heads now: the edits of an earlier receiver have moved the workspace's on.
      source.send({ type: 'heads' })
      const { documents } = await nextMessage<{ documents: ReceiverStart['documents'] }>(source, 'heads', 10_000)
      const start: ReceiverStart = {
        transport,
        keys,
        addresses: ready.addresses,
        workspaceUrl: ready.workspaceUrl,
        documents,
        contactId: ready.contactId,
      }
      await sourceMetrics()
      const receiver = startChild('syncReceiverChild.ts', [JSON.stringify(start)])
      children.push(receiver)
      let synced: ReceiverSynced
      try {
        synced = await nextMessage<ReceiverSynced>(receiver, 'synced', 600_000)
      } catch (error) {
        failures.push({ run: run + 1, transport, error: (error as Error).message })
        progress(`run ${run + 1} ${transport}: the first sync FAILED (${(error as Error).message})`)
        await stopChild(receiver)
        continue
      }
      const { generateMs, receiveMs, saveMs } = await sourceMetrics()
      fullSyncs[transport].push({ ...synced, run: run + 1, source: { generateMs, receiveMs, saveMs } })
      progress(
        `run ${run + 1} ${transport}: first sync ${Math.round(synced.fullSyncMs)} ms (connected ${Math.round(synced.connectMs)}, ` +
          `workspace ${Math.round(synced.workspaceMs)}), ${(synced.traffic.wireIn / 1e6).toFixed(1)} MB in, ` +
          `largest message ${(synced.traffic.messages.largest / 1e6).toFixed(2)} MB; load ${os.loadavg()[0].toFixed(1)}`,
      )
      if (run === runs - 1) {
        progress(`${args.edits} edits over ${transport} (after 3 warm-up)`)
        edits[transport] = await measureEdits(source, receiver, transport, Number(args.edits))
        const latency = summarize(edits[transport].map((e) => e.latencyMs))
        progress(`${transport} edit: median ${latency.median.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms`)
      }
      await stopChild(receiver)
      loads.push(os.loadavg())
    }
    const floor = await loadFloor(savedDir, workspaceId)
    floors.push(floor)
    progress(`run ${run + 1} floor: Automerge.load of every document ${Math.round(floor.loadMs)} ms`)
  }
  await stopChild(source)

  const full = (t: SyncTransport) => summarize(fullSyncs[t].map((s) => s.fullSyncMs))
  const noise = full('noise')
  const websocket = full('websocket')
  const floor = summarize(floors.map((f) => f.loadMs))
  const ratio = noise.median / websocket.median
  const pairRatios = fullSyncs.noise.flatMap((s) => {
    const other = fullSyncs.websocket.find((w) => w.run === s.run)
    return other ? [s.fullSyncMs / other.fullSyncMs] : []
  })
  const editOf = (t: SyncTransport) => ({
    latency: summarize(edits[t].map((e) => e.latencyMs)),
    wireBytes: summarize(edits[t].map((e) => e.wireIn + e.wireOut)),
    wireIn: summarize(edits[t].map((e) => e.wireIn)),
    wireOut: summarize(edits[t].map((e) => e.wireOut)),
    messages: summarize(edits[t].map((e) => e.messagesIn + e.messagesOut)),
    messageBytes: summarize(edits[t].map((e) => e.messageBytesIn + e.messageBytesOut)),
  })
  const edit = { noise: editOf('noise'), websocket: editOf('websocket') }
  const largest = Math.max(...fullSyncs.noise.map((s) => s.traffic.messages.largest))
  const largestWs = Math.max(...fullSyncs.websocket.map((s) => s.traffic.messages.largest))
  const firstSyncWire = (t: SyncTransport) => summarize(fullSyncs[t].map((s) => s.traffic.wireIn + s.traffic.wireOut))

  const round = (v: number) => Math.round(v * 10) / 10
  const cells = (s: Summary) => [round(s.min), round(s.median), round(s.p95), round(s.max)]
  const row = (label: string, values: (string | number)[]) =>
    [label.padEnd(62), ...values.map((c) => String(c).padStart(10))].join(' ')
  const loadText = loads.map((l) => l[0].toFixed(1)).join(' ')
  const workspaceDoc = ready.documents.find((d) => d.url === ready.workspaceUrl)!
  const lines = [
    `Sync between devices: ${spec.contacts.toLocaleString('en-US')} contacts, ${spec.interactions.toLocaleString('en-US')} interactions, ` +
      `${ready.documents.length} documents (workspace ${workspaceDoc.ops.toLocaleString('en-US')} ops, ` +
      `${(workspaceDoc.savedBytes / 1e6).toFixed(2)} MB saved), ${runs} first syncs per transport, ${args.edits} edits`,
    '',
    row('ms', ['min', 'median', 'p95', 'max', 'target']),
    row('first full sync, Noise (saved documents, then catch-up sync)', [...cells(noise), `<= ${targets.fullSyncMs}`]),
    row('first full sync, plain WebSocket (baseline)', cells(websocket)),
    row('floor: Automerge.load of the same documents, fresh process', cells(floor)),
    row('  of which the workspace document', cells(summarize(floors.map((f) => f.workspaceMs)))),
    row('  Noise: until every saved document arrived', cells(summarize(fullSyncs.noise.map((s) => s.snapshotMs)))),
    row('  Noise: until they are in storage', cells(summarize(fullSyncs.noise.map((s) => s.storedMs)))),
    row('  source: Automerge.save of every document', cells(summarize(fullSyncs.noise.map((s) => s.source.saveMs)))),
    row('  Noise: until connected (TCP, handshake, hello)', cells(summarize(fullSyncs.noise.map((s) => s.connectMs)))),
    row('  Noise: until the workspace is held', cells(summarize(fullSyncs.noise.map((s) => s.workspaceMs)))),
    row('  WebSocket: until the workspace is held', cells(summarize(fullSyncs.websocket.map((s) => s.workspaceMs)))),
    ...transports.flatMap((t) => {
      const label = t === 'noise' ? 'Noise' : 'WebSocket'
      const of = (pick: (s: (typeof fullSyncs)[SyncTransport][number]) => number) =>
        cells(summarize(fullSyncs[t].map(pick)))
      return [
        row(
          `  ${label}, receiver: receiveSyncMessage of the workspace, summed`,
          of((s) => sum(s.workspaceReceivesMs)),
        ),
        row(
          `    calls of more than 100 ms (the workspace arriving whole)`,
          of((s) => s.workspaceReceivesMs.filter((ms) => ms > 100).length),
        ),
        row(
          `  ${label}, receiver: receiveSyncMessage of the interaction docs`,
          of((s) => s.interactionReceivesMs),
        ),
        row(
          `  ${label}, receiver: generateSyncMessage, all documents`,
          of((s) => s.generateMs),
        ),
        row(
          `  ${label}, source: generateSyncMessage, all documents`,
          of((s) => s.source.generateMs),
        ),
      ]
    }),
    row('ratio Noise / WebSocket (medians)', ['', `${ratio.toFixed(2)}x`, '', '', `<= ${targets.ratio}x`]),
    row('  per run', [pairRatios.map((r) => r.toFixed(2)).join(' ')]),
    row('ratio Noise / load floor (medians)', ['', `${(noise.median / floor.median).toFixed(2)}x`]),
    row('one edit reaching the peer, Noise', [...cells(edit.noise.latency), `<= ${targets.editMs}`]),
    row('one edit reaching the peer, WebSocket', cells(edit.websocket.latency)),
    row(
      '  of which the change on the source (A.change, listeners)',
      cells(summarize(edits.noise.map((e) => e.changeMs))),
    ),
    '',
    row('bytes', ['min', 'median', 'p95', 'max']),
    row('one edit on the wire, both directions, Noise', cells(edit.noise.wireBytes)),
    row('  to the receiver / from it', ['', `${edit.noise.wireIn.median} / ${edit.noise.wireOut.median}`]),
    row('  repo messages (CBOR, before framing), count', cells(edit.noise.messages)),
    row('  repo messages, bytes', cells(edit.noise.messageBytes)),
    row('one edit on the wire, both directions, WebSocket', cells(edit.websocket.wireBytes)),
    row('  to the receiver / from it', ['', `${edit.websocket.wireIn.median} / ${edit.websocket.wireOut.median}`]),
    row('  WebSocket messages, count', cells(edit.websocket.messages)),
    row('first sync on the wire, Noise', cells(firstSyncWire('noise'))),
    row('first sync on the wire, WebSocket', cells(firstSyncWire('websocket'))),
    row('largest single message of a first sync, Noise (CBOR)', [
      '',
      largest,
      '',
      '',
      `${Math.ceil(largest / FRAME_PAYLOAD_BYTES)} frames`,
    ]),
    row('largest single message of a first sync, WebSocket', ['', largestWs]),
    '',
    ...failures.map((f) => `run ${f.run} ${f.transport}: the first sync FAILED: ${f.error}`),
    `source open ${Math.round(ready.openMs)} ms; load average (1 min) ${loadText}; ${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? ''}`,
    noise.median <= targets.fullSyncMs
      ? `first sync: target met (median ${Math.round(noise.median)} ms <= ${targets.fullSyncMs} ms)`
      : `first sync: target MISSED (median ${Math.round(noise.median)} ms > ${targets.fullSyncMs} ms)`,
    ratio <= targets.ratio
      ? `ratio to WebSocket: target met (${ratio.toFixed(2)}x <= ${targets.ratio}x)`
      : `ratio to WebSocket: target MISSED (${ratio.toFixed(2)}x > ${targets.ratio}x)`,
    edit.noise.latency.median <= targets.editMs && edit.noise.latency.p95 <= targets.editMs
      ? `one edit: target met (median ${round(edit.noise.latency.median)} ms, p95 ${round(edit.noise.latency.p95)} ms)`
      : `one edit: target MISSED (median ${round(edit.noise.latency.median)} ms, p95 ${round(edit.noise.latency.p95)} ms)`,
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
  const results = {
    startedAt: new Date().toISOString(),
    spec,
    machine: { cpus: os.cpus().length, node: process.version, loadAverages: loads },
    documents: ready.documents.map(({ url, savedBytes, ops }) => ({ url, savedBytes, ops })),
    sourceOpenMs: ready.openMs,
    fullSyncs,
    failures,
    floors,
    edits,
    summary: {
      noise,
      websocket,
      floor,
      ratio,
      pairRatios,
      edit,
      largestMessageBytes: { noise: largest, websocket: largestWs },
    },
  }
  await fs.writeFile(path.join(benchDataDir, 'sync.json'), `${JSON.stringify(results, null, 2)}\n`)
  process.stdout.write(
    `${JSON.stringify({
      fullSyncNoiseMedianMs: round(noise.median),
      fullSyncWebSocketMedianMs: round(websocket.median),
      loadFloorMedianMs: round(floor.median),
      ratio: Math.round(ratio * 100) / 100,
      editNoiseMedianMs: round(edit.noise.latency.median),
      editNoiseP95Ms: round(edit.noise.latency.p95),
      editWebSocketMedianMs: round(edit.websocket.latency.median),
      editNoiseWireBytes: edit.noise.wireBytes.median,
      editWebSocketWireBytes: edit.websocket.wireBytes.median,
      largestMessageBytes: largest,
      targetsMet:
        noise.median <= targets.fullSyncMs &&
        ratio <= targets.ratio &&
        edit.noise.latency.median <= targets.editMs &&
        edit.noise.latency.p95 <= targets.editMs,
    })}\n`,
  )
} finally {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill()
  await fs.rm(work, { recursive: true, force: true })
}
