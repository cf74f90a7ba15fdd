/**
 * `npm run bench:habit`: this week's queue and every goal's progress on a 30,000-contact,
 * 100,000-interaction network, against a baseline of one plain pass over the same records.
 * Options: --runs N (default 15), --contacts N, --interactions N. See docs/performance.md, "The habit".
 */
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { allGoalProgress } from '../shared/habit/allGoalProgress'
import { behindGoals } from '../shared/habit/behindGoals'
import type { HabitCommunity, HabitGoal, HabitReminder, HabitStage, QueueContact } from '../shared/habit/habitInputs'
import { weeklyQueue } from '../shared/habit/weeklyQueue'
import { communityNames } from './fakeWordLists'
import { benchVaultSpec, fakeDataFor } from './generateVault'
import { seededRandom } from './seededRandom'
import { summarize } from './stats'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    contacts: { type: 'string', default: String(benchVaultSpec.contacts) },
    interactions: { type: 'string', default: String(benchVaultSpec.interactions) },
  },
})
const runs = Number(args.runs)
const spec = { ...benchVaultSpec, contacts: Number(args.contacts), interactions: Number(args.interactions) }
const now = spec.anchor
const day = 24 * 60 * 60 * 1000
const timeZone = 'Europe/London'
const weekStart = 1

// The network, as the read model would hold it once the habit fields exist. Its ids are flat strings, as
// read from Automerge; the generator's are concatenations, which V8 hashes on every Map lookup.
const generated = fakeDataFor(spec)
const flat = (id: string): string => JSON.parse(JSON.stringify(id)) as string
const flatIds = new Map(generated.contacts.map((c) => [c.id, flat(c.id)]))
const fakes = generated.contacts.map((c) => ({ ...c, id: flatIds.get(c.id) as string }))
const interactions = generated.interactions.map((i) => ({ ...i, contactId: flatIds.get(i.contactId) as string }))
const rng = seededRandom(7)
const stageNames = ['Connected', 'Reached out', 'In conversation', 'Collaborating', 'Champion']
const stageCadences = [null, 14, 30, 30, 91]
const stages: HabitStage[] = stageNames.map((name, i) => ({
  id: `stage-${i}`,
  name,
  rank: `a${i}`,
  archived: false,
  cadenceDays: stageCadences[i],
}))
const stagesById = new Map(stages.map((s) => [s.id, s]))
const communities: HabitCommunity[] = communityNames.map((name, i) => ({
  id: `community-${i}`,
  name,
  member: i % 2 === 0,
  archived: false,
}))
const communityIdOf = new Map(communities.map((c) => [c.name, c.id]))
const lastTouch = new Map<string, number>()
for (const i of interactions)
  if (i.type !== 'note') lastTouch.set(i.contactId, Math.max(lastTouch.get(i.contactId) ?? 0, i.occurredAt))
const contacts: QueueContact[] = fakes.map((f) => ({
  id: f.id,
  firstName: f.fields.firstName ?? '',
  lastName: f.fields.lastName ?? '',
  company: f.fields.company ?? '',
  stageId: stages[f.stageIndex].id,
  cadenceDays: f.fields.cadenceDays ?? null,
  lastInteractionAt: lastTouch.get(f.id) ?? null,
  snoozedUntil: rng.chance(0.02) ? now + rng.int(1, 30) * day : null,
  dismissedUntil: rng.chance(0.01) ? now + rng.int(1, 7) * day : null,
  stageEnteredAt: rng.chance(0.8) ? now - rng.int(0, 300) * day : null,
  connectedOn: f.fields.connectedOn ?? null,
  createdAt: f.createdAt,
  offer: f.fields.offer ?? '',
  communities: (f.fields.communities ?? []).map((name) => communityIdOf.get(name) as string),
  tags: f.fields.tags ?? [],
  archived: rng.chance(0.02),
}))
const contactsById = new Map(contacts.map((c) => [c.id, c]))
const communitiesById = new Map(communities.map((c) => [c.id, c]))
const reminders: HabitReminder[] = Array.from({ length: 500 }, (_, i) => ({
  id: `reminder-${i}`,
  contactId: rng.pick(contacts).id,
  dueAt: now + rng.int(-20, 20) * day,
  note: 'Follow up',
  status: rng.chance(0.7) ? 'open' : 'done',
}))
const goal = (partial: Partial<HabitGoal> & Pick<HabitGoal, 'id' | 'title' | 'target' | 'period'>): HabitGoal => ({
  interactionTypes: [],
  distinctContacts: false,
  stageIds: [],
  tags: [],
  communityIds: [],
  archived: false,
  createdAt: now - 500 * day,
  ...partial,
})
const goals = [
  goal({ id: 'g1', title: 'Reach out to 40 connections a week', target: 40, period: 'week', distinctContacts: true }),
  goal({ id: 'g2', title: 'Give value 20 times a month', target: 20, period: 'month', interactionTypes: ['value'] }),
  goal({
    id: 'g3',
    title: 'Meet 30 people further along a quarter',
    target: 30,
    period: 'quarter',
    interactionTypes: ['meeting', 'call'],
    stageIds: ['stage-2', 'stage-3', 'stage-4'],
  }),
  goal({ id: 'g4', title: 'Talk to 10 designers a month', target: 10, period: 'month', tags: ['design'] }),
]

const parts = { progressMs: [] as number[], queueMs: [] as number[] }
const habit = () => {
  const started = performance.now()
  const progress = allGoalProgress(goals, interactions, contactsById, now, timeZone, weekStart)
  const between = performance.now()
  const queue = weeklyQueue({
    contacts,
    stagesById,
    reminders,
    behindGoals: behindGoals(progress),
    communitiesById,
    now,
    timeZone,
    weekStart,
    limit: 50,
  })
  parts.progressMs.push(between - started)
  parts.queueMs.push(performance.now() - between)
  return { progress, queue }
}

/** The least any such work costs: one pass reading a field of every contact and every interaction. */
const onePass = () => {
  let sum = 0
  for (const c of contacts) sum += c.lastInteractionAt ?? c.createdAt
  for (const i of interactions) sum += i.occurredAt
  return sum
}

/** Wall-clock ms of one run; its CPU ms (user + system, this process) go to `cpu`, which a busy machine disturbs less. */
const time = (run: () => unknown, cpu?: number[]): number => {
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  run()
  const wall = performance.now() - start
  const used = process.cpuUsage(cpuStart)
  cpu?.push((used.user + used.system) / 1000)
  return wall
}

const loadBefore = os.loadavg()
const first = time(habit)
parts.progressMs.length = 0
parts.queueMs.length = 0
const habitMs: number[] = []
const baselineMs: number[] = []
const habitCpuMs: number[] = []
const baselineCpuMs: number[] = []
for (let i = 0; i < runs; i++) {
  baselineMs.push(time(onePass, baselineCpuMs))
  habitMs.push(time(habit, habitCpuMs))
}
const h = summarize(habitMs)
const b = summarize(baselineMs)
const hc = summarize(habitCpuMs)
const bc = summarize(baselineCpuMs)
const p = summarize(parts.progressMs)
const q = summarize(parts.queueMs)
const { progress, queue } = habit()
const target = 50
const round = (v: number) => Math.round(v * 100) / 100
const row = (label: string, cells: (string | number)[]) =>
  [label.padEnd(52), ...cells.map((c) => String(c).padStart(9))].join(' ')
const lines = [
  `Habit benchmark: ${contacts.length.toLocaleString('en-US')} contacts, ${interactions.length.toLocaleString('en-US')} interactions, ${goals.length} goals, ${reminders.length} reminders, ${runs} runs`,
  '',
  row('ms', ['min', 'median', 'p95', 'max', 'target']),
  row('weeklyQueue (limit 50) + allGoalProgress', [
    round(h.min),
    round(h.median),
    round(h.p95),
    round(h.max),
    `<= ${target}`,
  ]),
  row('  of which: allGoalProgress (4 goals)', [round(p.min), round(p.median), round(p.p95), round(p.max), '']),
  row('  of which: behindGoals + weeklyQueue', [round(q.min), round(q.median), round(q.p95), round(q.max), '']),
  row('  first run (cold: JIT, period bounds)', [round(first), '', '', '', '']),
  row('baseline: one pass over contacts and interactions', [
    round(b.min),
    round(b.median),
    round(b.p95),
    round(b.max),
    '',
  ]),
  row('ratio habit / baseline (medians)', ['', `${(h.median / b.median).toFixed(1)}x`, '', '', '']),
  row('CPU time: weeklyQueue + allGoalProgress', [round(hc.min), round(hc.median), round(hc.p95), round(hc.max), '']),
  row('CPU time: baseline', [round(bc.min), round(bc.median), round(bc.p95), round(bc.max), '']),
  `load average ${loadBefore.map((v) => v.toFixed(2)).join(' ')} before, ${os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')} after, ${os.cpus().length} CPUs`,
  '',
  `queue: ${queue.length} rows shown, top score ${queue[0]?.score ?? '-'}; goals: ${progress.map((p) => `${p.goal.id} ${p.count}/${p.target}`).join(', ')}`,
  h.median <= target
    ? `target met (median ${round(h.median)} ms <= ${target} ms)`
    : `target MISSED (median ${round(h.median)} ms)`,
]
process.stdout.write(lines.join('\n') + '\n')
process.stdout.write(
  JSON.stringify({
    habitMinMs: round(h.min),
    habitMedianMs: round(h.median),
    progressMedianMs: round(p.median),
    queueMedianMs: round(q.median),
    firstRunMs: round(first),
    baselineMedianMs: round(b.median),
    ratio: round(h.median / b.median),
    habitCpuMedianMs: round(hc.median),
    baselineCpuMedianMs: round(bc.median),
    targetMet: h.median <= target,
  }) + '\n',
)
