import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import type { CommunityId, ContactId } from '../../../../shared/domain/ids'
import { archiveCommunity } from '../../../../shared/mutators/archiveCommunity'
import { changeCommunityMembers } from '../../../../shared/mutators/changeCommunityMembers'
import { createCommunity } from '../../../../shared/mutators/createCommunity'
import { joinCommunity } from '../../../../shared/mutators/joinCommunity'
import { updateCommunity } from '../../../../shared/mutators/updateCommunity'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { communityIn, withCommunity } from '../../../helpers/communityFactories'
import { expectRapportError } from '../../../helpers/errors'
import { contactIn, makeWorkspace, testNow, withContact } from '../../../helpers/factories'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const ada = 'contact-ada' as ContactId
const grace = 'contact-grace' as ContactId

const workspace = () => {
  const withPeople = withContact(withContact(makeWorkspace(), { id: ada, firstName: 'Ada' }), {
    id: grace,
    firstName: 'Grace',
  })
  return withCommunity(withPeople, { name: 'Rust Berlin', kind: 'meetup', url: 'https://rust.berlin' })
}

const change = (doc: Automerge.Doc<WorkspaceDoc>, fn: (d: WorkspaceDoc) => void) => Automerge.change(doc, fn)

describe('createCommunity', () => {
  it('stores a community with its fields, not joined and not archived unless told', () => {
    const { doc, id } = workspace()

    expect(communityIn(doc, id)).toEqual({
      id,
      name: 'Rust Berlin',
      kind: 'meetup',
      url: 'https://rust.berlin',
      notes: '',
      member: false,
      archived: false,
      createdAt: testNow,
    })
  })

  it('defaults the kind to other', () => {
    const { doc, id } = withCommunity(makeWorkspace(), { name: 'Book club', member: true })

    expect(communityIn(doc, id)).toMatchObject({ kind: 'other', member: true })
  })

  it('refuses a name another community has, whatever its case, and changes nothing', () => {
    const { doc } = workspace()

    const error = expectRapportError(
      () => change(doc, (d) => void createCommunity(d, { name: '  rust BERLIN', now: testNow })),
      'conflict',
    )

    expect(error.message).toContain('Rust Berlin')
    expect(Object.keys(doc.communities)).toHaveLength(1)
  })

  it('gives a new community a fresh id when its name’s id is held by one since renamed', () => {
    const { doc, id } = workspace()
    const renamed = change(doc, (d) => updateCommunity(d, { id, fields: { name: 'Rust Berlin Meetup' } }))

    const again = withCommunity(renamed, { name: 'Rust Berlin' })

    expect(again.id).not.toBe(id)
    expect(communityIn(again.doc, id).name).toBe('Rust Berlin Meetup')
    expect(communityIn(again.doc, again.id).name).toBe('Rust Berlin')
  })

  it('converges on one community when two devices create the same name concurrently', () => {
    const { laptop, phone } = forkReplicas(makeWorkspace())

    const merged = expectConvergence(
      withCommunity(laptop, { name: 'Rust Berlin', kind: 'meetup' }).doc,
      withCommunity(phone, { name: 'rust berlin', kind: 'chat' }).doc,
    )

    expect(Object.keys(merged.communities)).toHaveLength(1)
  })
})

describe('updateCommunity', () => {
  it('changes only the fields given', () => {
    const { doc, id } = workspace()

    const updated = change(doc, (d) => updateCommunity(d, { id, fields: { notes: 'Monthly, Thursdays' } }))

    expect(communityIn(updated, id)).toMatchObject({ name: 'Rust Berlin', kind: 'meetup', notes: 'Monthly, Thursdays' })
  })

  it('lets a community change the case of its own name but refuses another’s name', () => {
    const { doc, id } = workspace()
    const two = withCommunity(doc, { name: 'PyData' })

    const recased = change(two.doc, (d) => updateCommunity(d, { id, fields: { name: 'RUST Berlin' } }))

    expect(communityIn(recased, id).name).toBe('RUST Berlin')
    expectRapportError(
      () => change(recased, (d) => updateCommunity(d, { id: two.id, fields: { name: 'rust berlin' } })),
      'conflict',
    )
  })

  it('refuses an unknown community with not_found', () => {
    const { doc } = workspace()

    expectRapportError(
      () => change(doc, (d) => updateCommunity(d, { id: 'cm-none' as CommunityId, fields: { name: 'X' } })),
      'not_found',
    )
  })

  it('keeps both edits when two devices change different fields concurrently', () => {
    const { doc, id } = workspace()
    const { laptop, phone } = forkReplicas(doc)

    const merged = expectConvergence(
      change(laptop, (d) => updateCommunity(d, { id, fields: { notes: 'Thursdays' } })),
      change(phone, (d) => updateCommunity(d, { id, fields: { kind: 'chat' } })),
    )

    expect(communityIn(merged, id)).toMatchObject({ notes: 'Thursdays', kind: 'chat' })
  })
})

describe('archiveCommunity and joinCommunity', () => {
  it('archive and bring back a community, and record whether the user belongs', () => {
    const { doc, id } = workspace()

    const archived = change(doc, (d) => archiveCommunity(d, { id, archived: true }))
    const joined = change(archived, (d) => joinCommunity(d, { id, member: true }))

    expect(communityIn(joined, id)).toMatchObject({ archived: true, member: true })
    expect(
      communityIn(
        change(joined, (d) => archiveCommunity(d, { id, archived: false })),
        id,
      ).archived,
    ).toBe(false)
  })

  it('converge when two devices archive and join concurrently', () => {
    const { doc, id } = workspace()
    const { laptop, phone } = forkReplicas(doc)

    const merged = expectConvergence(
      change(laptop, (d) => archiveCommunity(d, { id, archived: true })),
      change(phone, (d) => joinCommunity(d, { id, member: true })),
    )

    expect(communityIn(merged, id)).toMatchObject({ archived: true, member: true })
  })
})

describe('changeCommunityMembers', () => {
  it('adds contacts to a community, counting only those that changed, and takes them out again', () => {
    const { doc, id } = workspace()
    let added = 0
    const withAda = change(
      doc,
      (d) => void changeCommunityMembers(d, { id, contactIds: [ada], member: true, now: testNow }),
    )

    const withBoth = change(withAda, (d) => {
      added = changeCommunityMembers(d, { id, contactIds: [ada, grace], member: true, now: testNow + 5 })
    })

    expect(added).toBe(1)
    expect(contactIn(withBoth, grace)).toMatchObject({ communities: [id], updatedAt: testNow + 5 })
    const without = change(
      withBoth,
      (d) => void changeCommunityMembers(d, { id, contactIds: [ada], member: false, now: testNow }),
    )
    expect(contactIn(without, ada).communities).toEqual([])
    expect(contactIn(without, grace).communities).toEqual([id])
  })

  it('refuses an unknown contact and changes no one', () => {
    const { doc, id } = workspace()

    expectRapportError(
      () =>
        change(
          doc,
          (d) =>
            void changeCommunityMembers(d, {
              id,
              contactIds: [ada, 'contact-none' as ContactId],
              member: true,
              now: testNow,
            }),
        ),
      'not_found',
    )

    expect(contactIn(doc, ada).communities).toEqual([])
  })

  it('keeps both when two devices add different contacts concurrently, and one device’s removal of another', () => {
    const { doc, id } = workspace()
    const start = change(
      doc,
      (d) => void changeCommunityMembers(d, { id, contactIds: [grace], member: true, now: testNow }),
    )
    const { laptop, phone } = forkReplicas(start)

    const merged = expectConvergence(
      change(laptop, (d) => void changeCommunityMembers(d, { id, contactIds: [ada], member: true, now: testNow })),
      change(phone, (d) => void changeCommunityMembers(d, { id, contactIds: [grace], member: false, now: testNow })),
    )

    expect(contactIn(merged, ada).communities).toEqual([id])
    expect(contactIn(merged, grace).communities).toEqual([])
  })
})
