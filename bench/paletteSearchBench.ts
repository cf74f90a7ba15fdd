// The palette's contact search: `npm run bench:palette [contacts]` (default 30,000). See docs/performance.md, "Command palette".
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { emptyContactFields } from '../shared/domain/contactFields'
import type { Contact, ContactId, StageId } from '../shared/domain'
import { displayName } from '../shared/selectors/filterContacts'
import { contactSearchIndex } from '../renderer/src/palette/contactSearchIndex'
import { searchContacts } from '../renderer/src/palette/searchContacts'
import { fakeContacts } from './fakeNetwork'
import { benchVaultSpec } from './generateVault'
import { seededRandom } from './seededRandom'
import { summarize } from './stats'

const count = Number(process.argv[2] ?? benchVaultSpec.contacts)
const runs = 40
const warmups = 5
const targetMs = 30

/** What people type: a letter, name and company prefixes, two words, accents, typos that match nothing. */
const queries = [
  'a',
  'ma',
  'mar',
  'maria',
  'sarah',
  'john s',
  'smith',
  'lee',
  'nguy',
  'goo',
  'google',
  'micro',
  'stripe eng',
  'an',
  'müller',
  'josé',
  'ri',
  'patel a',
  'xq',
  'zzzz',
]

const contacts: Contact[] = fakeContacts(seededRandom(benchVaultSpec.seed), {
  count,
  anchor: benchVaultSpec.anchor,
}).map((fake) => ({
  ...emptyContactFields(),
  ...fake.fields,
  id: fake.id as ContactId,
  sources: fake.sources,
  stageId: `stage-${fake.stageIndex}` as StageId,
  rank: fake.rank,
  archived: false,
  createdAt: fake.createdAt,
  updatedAt: fake.createdAt,
  lastInteractionAt: null,
  snoozedUntil: null,
  dismissedUntil: null,
  stageEnteredAt: null,
  cadenceSetAt: null,
}))

const time = (run: () => unknown): number => {
  const start = performance.now()
  run()
  return performance.now() - start
}

const timings = (run: () => unknown) => {
  for (let i = 0; i < warmups; i++) run()
  return summarize(Array.from({ length: runs }, () => time(run)))
}

const buildMs = time(() => contactSearchIndex(contacts))
const index = contactSearchIndex(contacts)

const names = contacts.map((c) => displayName(c).toLowerCase())
// Every query a few times first, so the first one measured does not pay for the compiler's warm-up.
for (let i = 0; i < warmups; i++) for (const query of queries) searchContacts(index, query)
const rows = queries.map((query) => {
  const search = timings(() => searchContacts(index, query))
  const baseline = timings(() => names.filter((n) => n.includes(query)))
  return { query, search, baseline, found: searchContacts(index, query).length }
})

// Measured after the searches: the garbage these rebuilds leave would otherwise be collected during them.
const changed = contacts.map((c, i) => (i === 1234 ? { ...c, company: 'Acme' } : c))
const updateMs = timings(() => contactSearchIndex(changed, index)).median

const fmt = (ms: number) => ms.toFixed(2).padStart(7)
process.stdout.write(
  `Palette search over ${count.toLocaleString('en')} contacts (${runs} runs per query; load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, ${os.cpus().length} CPUs)\n`,
)
process.stdout.write(
  `index built in ${buildMs.toFixed(1)} ms; kept in step after one changed contact in ${updateMs.toFixed(2)} ms\n\n`,
)
process.stdout.write(`${'query'.padEnd(12)} ${'found'.padStart(5)}  search min  median   baseline min  median\n`)
for (const { query, search, baseline, found } of rows) {
  process.stdout.write(
    `${query.padEnd(12)} ${String(found).padStart(5)}  ${fmt(search.min)} ${fmt(search.median)}      ${fmt(baseline.min)} ${fmt(baseline.median)}\n`,
  )
}
const worst = Math.max(...rows.map((r) => r.search.median))
const met = worst <= targetMs
process.stdout.write(
  `\nworst median ${worst.toFixed(2)} ms, target at most ${targetMs} ms: ${met ? 'met' : 'NOT met'}\n`,
)
process.stdout.write(
  `${JSON.stringify({
    bench: 'palette',
    contacts: count,
    loadAverage: os.loadavg(),
    buildMs,
    updateMs,
    worstMedianMs: worst,
    targetMs,
    met,
    queries: rows.map((r) => ({ query: r.query, found: r.found, search: r.search, baseline: r.baseline })),
  })}\n`,
)
