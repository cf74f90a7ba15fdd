import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId, ReminderId } from '../../../../shared/domain/ids'
import type { Reminder } from '../../../../shared/domain/types'
import { createReminder } from '../../../../shared/mutators/createReminder'
import { reopenReminder } from '../../../../shared/mutators/reopenReminder'
import { resolveReminder } from '../../../../shared/mutators/resolveReminder'
import { snoozeReminder } from '../../../../shared/mutators/snoozeReminder'
import { readReminder } from '../../../../shared/schema/readRecords'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { makeWorkspace, testNow, withContact } from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

type Doc = Automerge.Doc<WorkspaceDoc>
const ada = 'contact-ada' as ContactId
const r1 = 'reminder-1' as ReminderId
const day = 86_400_000

const create = (doc: Doc, id = r1, contactId = ada) =>
  Automerge.change(doc, (d) =>
    createReminder(d, { id, contactId, dueAt: testNow + day, note: 'Ask about the talk', now: testNow }),
  )
const resolve = (doc: Doc, status: 'done' | 'dismissed', now = testNow + 2 * day) =>
  Automerge.change(doc, (d) => resolveReminder(d, { id: r1, status, now }))
const reopen = (doc: Doc) => Automerge.change(doc, (d) => reopenReminder(d, { id: r1 }))
const snooze = (doc: Doc, until: number) =>
  Automerge.change(doc, (d) => snoozeReminder(d, { id: r1, until, now: testNow }))
const reminderIn = (doc: WorkspaceDoc, id = r1): Reminder => readReminder(id, doc.reminders![id])
const withAda = () => withContact(makeWorkspace(), { id: ada, firstName: 'Ada' })

describe('createReminder', () => {
  it('adds an open reminder for the contact, due when asked', () => {
    expect(reminderIn(create(withAda()))).toEqual({
      id: r1,
      contactId: ada,
      dueAt: testNow + day,
      note: 'Ask about the talk',
      status: 'open',
      createdAt: testNow,
      resolvedAt: null,
    })
  })

  it('adds the reminders map to a workspace of an older build that has none', () => {
    const older = Automerge.change(withAda(), (d) => {
      delete d.reminders
    })

    expect(reminderIn(create(older)).status).toBe('open')
  })

  it('refuses an unknown contact with not_found, and a reminder id already used with a conflict', () => {
    expectRapportError(() => create(withAda(), r1, 'nobody' as ContactId), 'not_found')
    expectRapportError(() => create(create(withAda())), 'conflict')
  })

  it('keeps both when two devices add reminders concurrently', () => {
    const { laptop, phone } = forkReplicas(withAda())

    const merged = expectConvergence(create(laptop, r1), create(phone, 'reminder-2' as ReminderId))

    expect(Object.keys(merged.reminders!).sort()).toEqual(['reminder-1', 'reminder-2'])
  })
})

describe('resolveReminder', () => {
  it('marks the reminder done, or dismissed, at the given time', () => {
    expect(reminderIn(resolve(create(withAda()), 'done'))).toMatchObject({
      status: 'done',
      resolvedAt: testNow + 2 * day,
    })
    expect(reminderIn(resolve(create(withAda()), 'dismissed')).status).toBe('dismissed')
  })

  it('refuses a reminder that is not open with a conflict, and an unknown one with not_found', () => {
    expectRapportError(() => resolve(resolve(create(withAda()), 'done'), 'dismissed'), 'conflict')
    expectRapportError(() => resolve(withAda(), 'done'), 'not_found')
  })

  it('leaves the reminder resolved on both, one way, when one device completes it and the other dismisses it', () => {
    const { laptop, phone } = forkReplicas(create(withAda()))

    const merged = expectConvergence(resolve(laptop, 'done'), resolve(phone, 'dismissed', testNow + 3 * day))

    expect(['done', 'dismissed']).toContain(reminderIn(merged).status)
  })
})

describe('reopenReminder', () => {
  it('opens a done reminder again and forgets when it was resolved', () => {
    expect(reminderIn(reopen(resolve(create(withAda()), 'done')))).toMatchObject({ status: 'open', resolvedAt: null })
  })

  it('refuses an open reminder with a conflict', () => {
    expectRapportError(() => reopen(create(withAda())), 'conflict')
  })

  it('keeps the reopening on one device and a reminder added on the other', () => {
    const { laptop, phone } = forkReplicas(resolve(create(withAda()), 'dismissed'))
    const other = Automerge.change(phone, (d) =>
      createReminder(d, { id: 'reminder-2' as ReminderId, contactId: ada, dueAt: 1, note: '', now: testNow }),
    )

    const merged = expectConvergence(reopen(laptop), other)

    expect(reminderIn(merged).status).toBe('open')
  })
})

describe('snoozeReminder', () => {
  it('moves an open reminder’s due time to the given time', () => {
    expect(reminderIn(snooze(create(withAda()), testNow + 5 * day)).dueAt).toBe(testNow + 5 * day)
  })

  it('refuses a time that has come with bad_request, and a resolved reminder with a conflict', () => {
    expectRapportError(() => snooze(create(withAda()), testNow), 'bad_request')
    expectRapportError(() => snooze(resolve(create(withAda()), 'done'), testNow + day), 'conflict')
  })

  it('keeps one due time, the same on both, when two devices snooze the reminder concurrently', () => {
    const { laptop, phone } = forkReplicas(create(withAda()))

    const merged = expectConvergence(snooze(laptop, testNow + 3 * day), snooze(phone, testNow + 4 * day))

    expect([testNow + 3 * day, testNow + 4 * day]).toContain(reminderIn(merged).dueAt)
  })
})
