import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { BehindGoal } from '../../../../shared/habit/behindGoals'
import { compareEntries } from '../../../../shared/habit/bestEntries'
import type { QueueContact } from '../../../../shared/habit/habitInputs'
import { weeklyQueue, type WeeklyQueueInput } from '../../../../shared/habit/weeklyQueue'
import {
  days,
  habitNow,
  makeCommunity,
  makeHabitGoal,
  makeHabitStages,
  makeQueueContact,
  makeReminder,
} from '../../../helpers/habitFactories'

const stages = makeHabitStages()
const queue = (contacts: QueueContact[], more: Partial<WeeklyQueueInput> = {}) =>
  weeklyQueue({
    contacts,
    stagesById: stages,
    reminders: [],
    behindGoals: [],
    now: habitNow,
    timeZone: 'UTC',
    weekStart: 1,
    ...more,
  })
const ids = (entries: { contactId: string }[]) => entries.map((e) => e.contactId)
const overdue = (id: string, byDays = 12, more: Partial<QueueContact> = {}) =>
  makeQueueContact({ id, cadenceDays: 30, lastInteractionAt: habitNow - days(30 + byDays), ...more })
const behind = (partial: Partial<BehindGoal> & { goal: BehindGoal['goal'] }): BehindGoal => ({
  count: 1,
  target: 3,
  needed: 2,
  elapsed: 0.5,
  daysLeft: 5,
  countedContactIds: new Set(),
  ...partial,
})

describe('weeklyQueue', () => {
  it('lists a contact past its cadence, with how many days overdue, and leaves out one within it', () => {
    const entries = queue([overdue('late'), makeQueueContact({ id: 'fine', cadenceDays: 30 })])

    expect(ids(entries)).toEqual(['late'])
    expect(entries[0].reasons).toEqual([{ kind: 'overdue', days: 12, dueAt: habitNow - days(12), cadenceDays: 30 }])
  })

  it('lists a contact due before the week ends, in N days', () => {
    const soon = makeQueueContact({ id: 'soon', cadenceDays: 14, lastInteractionAt: habitNow - days(11) })
    const nextWeek = makeQueueContact({ id: 'later', cadenceDays: 14, lastInteractionAt: habitNow - days(5) })

    expect(queue([soon, nextWeek]).map((e) => e.reasons)).toEqual([
      [expect.objectContaining({ kind: 'due', inDays: 3 })],
    ])
  })

  it('puts a due reminder before an overdue contact, and an overdue one before one merely due, ties by id', () => {
    const contacts = [
      makeQueueContact({ id: 'due', cadenceDays: 14, lastInteractionAt: habitNow - days(12) }),
      overdue('b-overdue'),
      overdue('a-overdue'),
      makeQueueContact({ id: 'reminded' }),
    ]
    const reminders = [makeReminder({ id: 'r', contactId: 'reminded', note: 'follow up about the intro' })]

    expect(ids(queue(contacts, { reminders }))).toEqual(['reminded', 'a-overdue', 'b-overdue', 'due'])
  })

  it('ranks the longer overdue first', () => {
    expect(ids(queue([overdue('a', 3), overdue('b', 40)]))).toEqual(['b', 'a'])
  })

  it('never lists archived, snoozed or dismissed contacts', () => {
    const contacts = [
      overdue('archived', 12, { archived: true }),
      overdue('snoozed', 12, { snoozedUntil: habitNow + days(3) }),
      overdue('dismissed', 12, { dismissedUntil: habitNow + 1 }),
      overdue('snooze-over', 12, { snoozedUntil: habitNow - 1, dismissedUntil: habitNow }),
    ]

    expect(ids(queue(contacts))).toEqual(['snooze-over'])
  })

  it('lets a due reminder show through a snooze, alone, but not a reminder due later nor through a dismissal', () => {
    const contacts = [
      overdue('snoozed', 12, { snoozedUntil: habitNow + days(30), offer: 'an intro' }),
      makeQueueContact({ id: 'snoozed-later', snoozedUntil: habitNow + days(30) }),
      makeQueueContact({ id: 'dismissed', dismissedUntil: habitNow + days(3) }),
    ]
    const reminders = [
      makeReminder({ id: 'r1', contactId: 'snoozed', dueAt: habitNow - days(1) }),
      makeReminder({ id: 'r2', contactId: 'snoozed-later', dueAt: habitNow + days(1) }),
      makeReminder({ id: 'r3', contactId: 'dismissed' }),
    ]
    const entries = queue(contacts, { reminders })

    expect(ids(entries)).toEqual(['snoozed'])
    expect(entries[0].reasons.map((r) => r.kind)).toEqual(['reminder'])
  })

  it('takes open reminders due by the end of the week, later ones weighing less, and ignores resolved ones', () => {
    const contacts = ['now', 'friday', 'next-week', 'done'].map((id) => makeQueueContact({ id }))
    const reminders = [
      makeReminder({ id: 'r1', contactId: 'friday', dueAt: Date.UTC(2025, 0, 17, 9), note: 'send the deck' }),
      makeReminder({ id: 'r2', contactId: 'now', dueAt: habitNow - days(2) }),
      makeReminder({ id: 'r3', contactId: 'next-week', dueAt: Date.UTC(2025, 0, 20, 9) }),
      makeReminder({ id: 'r4', contactId: 'done', status: 'done' }),
    ]
    const entries = queue(contacts, { reminders })

    expect(ids(entries)).toEqual(['now', 'friday'])
    expect(entries[1].reasons).toEqual([
      { kind: 'reminder', reminderId: 'r1', note: 'send the deck', dueAt: Date.UTC(2025, 0, 17, 9) },
    ])
  })

  it('adds a behind goal only for contacts that would count toward it, those with a cadence or offer first', () => {
    const goal = makeHabitGoal({ id: 'g', tags: ['design'] })
    const contacts = [
      makeQueueContact({ id: 'designer-with-cadence', tags: ['design'], cadenceDays: 90 }),
      makeQueueContact({ id: 'designer-with-offer', tags: ['design'], offer: 'an intro' }),
      makeQueueContact({ id: 'designer', tags: ['design'] }),
      makeQueueContact({ id: 'other-with-cadence', cadenceDays: 90 }),
    ]
    const entries = queue(contacts, { behindGoals: [behind({ goal })] })

    expect(ids(entries)).toEqual(['designer-with-offer', 'designer-with-cadence', 'designer'])
    expect(entries[1].reasons).toEqual([{ kind: 'goalBehind', goalId: 'g', title: goal.title, count: 1, target: 3 }])
  })

  it('suggests, while a goal is behind, twice what it still needs of the people with no other reason', () => {
    const goal = makeHabitGoal({ id: 'g' })
    const contacts = Array.from({ length: 10 }, (_, i) => makeQueueContact({ id: `quiet-${i}` }))

    expect(queue(contacts, { behindGoals: [behind({ goal, needed: 3 })] })).toHaveLength(6)
    expect(queue(contacts, { behindGoals: [behind({ goal, needed: 1 })] })).toHaveLength(5)
    expect(queue(contacts)).toEqual([])
  })

  it('suggests first those you share a community with, then those never contacted', () => {
    const goal = makeHabitGoal({ id: 'g' })
    const communitiesById = new Map([['c1', { id: 'c1', name: 'Design Leaders', member: true, archived: false }]])
    const contacts = [
      makeQueueContact({ id: 'a-talked-to' }),
      makeQueueContact({ id: 'b-never-contacted', lastInteractionAt: null }),
      makeQueueContact({ id: 'c-same-community', communities: ['c1'] }),
    ]

    const entries = queue(contacts, { behindGoals: [behind({ goal })], communitiesById })

    expect(ids(entries)).toEqual(['c-same-community', 'b-never-contacted', 'a-talked-to'])
    expect(entries[0].reasons.map((r) => r.kind)).toEqual(['goalBehind', 'sharedCommunity', 'quiet'])
  })

  it('skips a contact who already counted toward a distinct-contacts goal this period', () => {
    const goal = makeHabitGoal({ id: 'g', distinctContacts: true })
    const contacts = [
      makeQueueContact({ id: 'seen', cadenceDays: 90 }),
      makeQueueContact({ id: 'new', cadenceDays: 90 }),
    ]

    expect(ids(queue(contacts, { behindGoals: [behind({ goal, countedContactIds: new Set(['seen']) })] }))).toEqual([
      'new',
    ])
  })

  it('weighs a behind goal more as its period runs out', () => {
    const goal = makeHabitGoal({ id: 'g' })
    const [early] = queue([overdue('a')], { behindGoals: [behind({ goal, elapsed: 0.1 })] })
    const [late] = queue([overdue('a')], { behindGoals: [behind({ goal, elapsed: 0.9 })] })

    expect(late.score).toBeGreaterThan(early.score)
  })

  it('lists a contact stuck 30 days or more in a stage between the first and the last', () => {
    const contacts = [
      makeQueueContact({ id: 'stuck', stageId: 'reached-out', stageEnteredAt: habitNow - days(45) }),
      makeQueueContact({ id: 'moving', stageId: 'reached-out', stageEnteredAt: habitNow - days(29) }),
      makeQueueContact({ id: 'unknown-entry', stageId: 'in-conversation', createdAt: habitNow - days(31) }),
      makeQueueContact({ id: 'resting', stageId: 'connected', stageEnteredAt: habitNow - days(400) }),
      makeQueueContact({ id: 'arrived', stageId: 'champion', stageEnteredAt: habitNow - days(400) }),
    ]
    const entries = queue(contacts)

    expect(ids(entries)).toEqual(['stuck', 'unknown-entry'])
    expect(entries[0].reasons).toEqual([{ kind: 'stuck', stageId: 'reached-out', stageName: 'Reached out', days: 45 }])
  })

  it('lists the anniversary of connecting when it falls this week, with the years, even across New Year', () => {
    const contacts = [
      makeQueueContact({ id: 'four-years', connectedOn: '2021-01-19' }),
      makeQueueContact({ id: 'last-week', connectedOn: '2021-01-12' }),
      makeQueueContact({ id: 'this-year', connectedOn: '2025-01-14' }),
    ]

    expect(queue(contacts).map((e) => [e.contactId, e.reasons])).toEqual([
      ['four-years', [{ kind: 'anniversary', years: 4, connectedOn: '2021-01-19' }]],
    ])
    const newYearsEve = makeQueueContact({ id: 'nye', connectedOn: '2019-12-31' })
    const entries = queue([newYearsEve], { now: Date.UTC(2025, 0, 2) })
    expect(entries[0].reasons).toEqual([{ kind: 'anniversary', years: 5, connectedOn: '2019-12-31' }])
  })

  it('remembers a 29 February connection on the 28th in other years', () => {
    const leapling = makeQueueContact({ id: 'leap', connectedOn: '2020-02-29' })

    expect(queue([leapling], { now: Date.UTC(2025, 1, 26) })[0].reasons).toEqual([
      { kind: 'anniversary', years: 5, connectedOn: '2020-02-29' },
    ])
  })

  it('lets an offer or a shared community boost a listed contact but never list one alone', () => {
    const communitiesById = new Map([
      ['slack', makeCommunity({ id: 'slack' })],
      ['meetup', makeCommunity({ id: 'meetup', name: 'Old meetup', member: false })],
    ])
    const contacts = [
      overdue('plain'),
      overdue('giving', 12, { offer: '  an intro to a designer ', communities: ['slack', 'meetup'] }),
      makeQueueContact({ id: 'only-offer', offer: 'an intro', communities: ['slack'] }),
    ]
    const entries = queue(contacts, { communitiesById })

    expect(ids(entries)).toEqual(['giving', 'plain'])
    expect(entries[0].reasons.map((r) => r.kind)).toEqual(['overdue', 'offer', 'sharedCommunity'])
    expect(entries[0].reasons[1]).toEqual({ kind: 'offer', offer: 'an intro to a designer' })
  })

  it('gives with a limit the same rows as the head of the whole queue', () => {
    const contacts = Array.from({ length: 40 }, (_, i) => overdue(`c${i % 7}-${i}`, (i * 7) % 13))

    expect(queue(contacts, { limit: 5 })).toEqual(queue(contacts).slice(0, 5))
    expect(queue(contacts, { limit: 0 })).toEqual([])
    expect(() => queue(contacts, { limit: -1 })).toThrow(/whole number/)
  })

  it('is sorted by score then id, and never lists an archived, dismissed or snoozed contact without a due reminder', () => {
    const contact = fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      cadenceDays: fc.option(fc.constantFrom(14, 30, 91)),
      lastInteractionAt: fc.option(fc.integer({ min: habitNow - days(200), max: habitNow })),
      snoozedUntil: fc.option(fc.integer({ min: habitNow - days(5), max: habitNow + days(5) })),
      dismissedUntil: fc.option(fc.integer({ min: habitNow - days(5), max: habitNow + days(5) })),
      stageId: fc.constantFrom('connected', 'reached-out', 'champion'),
      stageEnteredAt: fc.option(fc.integer({ min: habitNow - days(90), max: habitNow })),
      connectedOn: fc.option(fc.constantFrom('2020-01-14', '2019-06-01')),
      offer: fc.constantFrom('', 'an intro'),
      archived: fc.boolean(),
    })
    fc.assert(
      fc.property(
        fc.uniqueArray(contact, { selector: (c) => c.id, maxLength: 30 }),
        fc.nat(5),
        (partials, reminderCount) => {
          const contacts = partials.map((p) => makeQueueContact(p))
          const reminders = contacts
            .slice(0, reminderCount)
            .map((c, i) => makeReminder({ id: `r${i}`, contactId: c.id, dueAt: habitNow - i }))
          const entries = queue(contacts, { reminders, behindGoals: [behind({ goal: makeHabitGoal({ id: 'g' }) })] })
          const byId = new Map(contacts.map((c) => [c.id, c]))
          for (let i = 1; i < entries.length; i++) expect(compareEntries(entries[i - 1], entries[i])).toBeLessThan(0)
          for (const e of entries) {
            const c = byId.get(e.contactId) as QueueContact
            expect(c.archived).toBe(false)
            expect(c.dismissedUntil !== null && c.dismissedUntil > habitNow).toBe(false)
            if (c.snoozedUntil !== null && c.snoozedUntil > habitNow)
              expect(e.reasons.every((r) => r.kind === 'reminder')).toBe(true)
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
