import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { ContactId } from '../../../../shared/domain/ids'
import { revertImport } from '../../../../shared/mutators/revertImport'
import { updateContact } from '../../../../shared/mutators/updateContact'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { contactIdsIn, contactIn, makeWorkspace, testNow, withContact } from '../../../helpers/factories'
import { expectRapportError } from '../../../helpers/errors'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const ada = 'contact-ada' as ContactId
const grace = 'contact-grace' as ContactId
const later = testNow + 60_000

/** Ada was updated by the import (company, a filled-in location, the linkedin source); Grace was created by it. */
const afterImport = () =>
  withContact(
    withContact(makeWorkspace(), {
      id: ada,
      firstName: 'Ada',
      company: 'Royal Society',
      location: 'London',
      notes: 'Mine',
      sources: ['manual', 'linkedin'],
    }),
    { id: grace, firstName: 'Grace', sources: ['linkedin'] },
  )

const undo = (doc: Automerge.Doc<WorkspaceDoc>) =>
  Automerge.change(doc, (d) =>
    revertImport(d, {
      deletes: [grace],
      restores: [{ id: ada, fields: { company: 'Analytical Engines', location: '' }, removeSources: ['linkedin'] }],
      now: later,
    }),
  )

describe('revertImport', () => {
  it('removes the created contacts and puts back what the import replaced, in one change', () => {
    const before = afterImport()

    const after = undo(before)

    expect(contactIdsIn(after)).toEqual([ada])
    expect(contactIn(after, ada)).toEqual({
      ...contactIn(before, ada),
      company: 'Analytical Engines',
      location: '',
      sources: ['manual'],
      updatedAt: later,
    })
    expect(Automerge.getChanges(before, after)).toHaveLength(1)
  })

  it('writes nothing when a contact to remove is gone', () => {
    const before = afterImport()

    expectRapportError(
      () =>
        Automerge.change(before, (d) =>
          revertImport(d, { deletes: [ada, 'ghost' as ContactId], restores: [], now: later }),
        ),
      'not_found',
    )

    expect(contactIdsIn(before)).toEqual([ada, grace].sort())
  })

  it('converges with a concurrent edit of the same contact’s notes on another device', () => {
    const { laptop, phone } = forkReplicas(afterImport())
    const undone = undo(laptop)
    const edited = Automerge.change(phone, (d) =>
      updateContact(d, { id: ada, fields: { notes: 'Mine, more' }, now: later }),
    )

    const merged = expectConvergence(undone, edited)

    expect(contactIn(merged, ada)).toMatchObject({ company: 'Analytical Engines', notes: 'Mine, more' })
    expect(contactIdsIn(merged)).toEqual([ada])
  })
})
