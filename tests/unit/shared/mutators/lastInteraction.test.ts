import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { advanceLastInteraction } from '../../../../shared/mutators/advanceLastInteraction'
import { setLastInteraction } from '../../../../shared/mutators/setLastInteraction'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { contactIn, contactRecordIn, makeWorkspace, testNow, withContact } from '../../../helpers/factories'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

type Doc = Automerge.Doc<WorkspaceDoc>
const withAda = () => withContact(makeWorkspace(), { id: 'contact-ada', firstName: 'Ada' })
const advance = (doc: Doc, occurredAt: number, contactId = 'contact-ada') =>
  Automerge.change(doc, (d) => advanceLastInteraction(d, { touches: [{ contactId, occurredAt }] }))
const set = (doc: Doc, at: number | null) =>
  Automerge.change(doc, (d) => setLastInteraction(d, { latest: [{ contactId: 'contact-ada', at }] }))
const last = (doc: WorkspaceDoc) => contactIn(doc, 'contact-ada').lastInteractionAt

describe('advanceLastInteraction', () => {
  it('stores the touch on a contact that has none, and a later one over an earlier one', () => {
    const once = advance(withAda(), testNow - 10)

    expect(last(once)).toBe(testNow - 10)
    expect(last(advance(Automerge.clone(once), testNow - 5))).toBe(testNow - 5)
  })

  it('leaves a later stored touch as it is', () => {
    const later = advance(withAda(), testNow)

    expect(Automerge.getHeads(advance(Automerge.clone(later), testNow - 5))).toEqual(Automerge.getHeads(later))
  })

  it('skips a contact that is not in the document', () => {
    const before = withAda()

    expect(Automerge.getHeads(advance(Automerge.clone(before), testNow, 'nobody'))).toEqual(Automerge.getHeads(before))
  })

  it('keeps one of two touches, the same on both, when two devices log interactions concurrently', () => {
    const { laptop, phone } = forkReplicas(withAda())

    const merged = expectConvergence(advance(laptop, testNow - 2), advance(phone, testNow - 1))

    expect([testNow - 2, testNow - 1]).toContain(last(merged))
  })
})

describe('setLastInteraction', () => {
  it('stores the latest touch as worked out, earlier than the stored one too', () => {
    expect(last(set(advance(withAda(), testNow), testNow - 50))).toBe(testNow - 50)
  })

  it('stores null once the contact has no touch left, so it is known rather than read from the timelines', () => {
    const none = set(advance(withAda(), testNow), null)

    expect(contactRecordIn(none, 'contact-ada')?.lastInteractionAt).toBeNull()
    expect(last(none)).toBeNull()
  })

  it('keeps one value, the same on both, when two devices work it out concurrently', () => {
    const { laptop, phone } = forkReplicas(advance(withAda(), testNow))

    const merged = expectConvergence(set(laptop, null), set(phone, testNow - 3))

    expect([null, testNow - 3]).toContain(last(merged))
  })
})
