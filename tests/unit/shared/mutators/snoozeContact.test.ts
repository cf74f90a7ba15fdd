import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId } from '../../../../shared/domain/ids'
import { dismissContact } from '../../../../shared/mutators/dismissContact'
import { snoozeContact } from '../../../../shared/mutators/snoozeContact'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { contactIn, contactRecordIn, makeWorkspace, testNow, withContact } from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const ada = 'contact-ada' as ContactId
const day = 86_400_000
const withAda = () => withContact(makeWorkspace(), { id: ada, firstName: 'Ada' })
const snooze = (doc: Automerge.Doc<WorkspaceDoc>, until: number | null, id = ada) =>
  Automerge.change(doc, (d) => snoozeContact(d, { id, until, now: testNow }))

describe('snoozeContact', () => {
  it('hides the contact until the given time, and leaves its edit time alone', () => {
    const after = snooze(withAda(), testNow + 7 * day)

    expect(contactIn(after, ada)).toMatchObject({ snoozedUntil: testNow + 7 * day, updatedAt: testNow })
  })

  it('wakes the contact with null, removing the snooze from the record', () => {
    const after = snooze(snooze(withAda(), testNow + day), null)

    expect(contactIn(after, ada).snoozedUntil).toBeNull()
    expect(contactRecordIn(after, ada)).not.toHaveProperty('snoozedUntil')
  })

  it('refuses a time that has already come with bad_request, and changes nothing', () => {
    const before = withAda()

    expectRapportError(() => snooze(before, testNow), 'bad_request')
    expect(contactIn(before, ada).snoozedUntil).toBeNull()
  })

  it('refuses an unknown contact with not_found', () => {
    expectRapportError(() => snooze(withAda(), testNow + day, 'nobody' as ContactId), 'not_found')
  })

  it('keeps one of two snoozes, the same on both, when two devices snooze the contact concurrently', () => {
    const { laptop, phone } = forkReplicas(withAda())

    const merged = expectConvergence(snooze(laptop, testNow + day), snooze(phone, testNow + 2 * day))

    expect([testNow + day, testNow + 2 * day]).toContain(contactIn(merged, ada).snoozedUntil)
  })
})

describe('dismissContact', () => {
  const dismiss = (doc: Automerge.Doc<WorkspaceDoc>, until: number | null) =>
    Automerge.change(doc, (d) => dismissContact(d, { id: ada, until, now: testNow }))

  it('hides the contact from the queue until the given time', () => {
    expect(contactIn(dismiss(withAda(), testNow + day), ada).dismissedUntil).toBe(testNow + day)
  })

  it('refuses a time that has already come with bad_request', () => {
    expectRapportError(() => dismiss(withAda(), testNow - 1), 'bad_request')
  })

  it('takes a dismissal back with null, leaving no field behind', () => {
    const undone = dismiss(dismiss(withAda(), testNow + day), null)

    expect(contactIn(undone, ada).dismissedUntil).toBeNull()
    expect(Object.keys(undone.buckets).flatMap((k) => Object.values(undone.buckets[k]))[0]).not.toHaveProperty(
      'dismissedUntil',
    )
  })

  it('keeps a dismissal on one device and a snooze on the other', () => {
    const { laptop, phone } = forkReplicas(withAda())

    const merged = expectConvergence(dismiss(laptop, testNow + day), snooze(phone, testNow + 3 * day))

    expect(contactIn(merged, ada)).toMatchObject({ dismissedUntil: testNow + day, snoozedUntil: testNow + 3 * day })
  })
})
