import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { communityIdFor } from '../../../../shared/communities/communityIdFor'
import { migrateWorkspace } from '../../../../shared/schema/migrations'
import { readCommunity } from '../../../../shared/schema/readCommunity'
import { currentSchemaVersion, type WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { contactIn, testNow } from '../../../helpers/factories'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'
import { migrationContext } from '../../../helpers/migrationContext'
import { makeV1Workspace } from '../../../helpers/v1Workspace'

const migrate = (doc: Automerge.Doc<WorkspaceDoc>) =>
  Automerge.change(doc, (d) => migrateWorkspace(d, migrationContext))

const communitiesOf = (doc: WorkspaceDoc) =>
  Object.entries(doc.communities)
    .map(([id, r]) => readCommunity(id, r))
    .sort((a, b) => a.name.localeCompare(b.name))

const namesOf = (doc: WorkspaceDoc, contactId: string) => {
  const byId = new Map(communitiesOf(doc).map((c) => [c.id as string, c.name]))
  return contactIn(doc, contactId)
    .communities.map((id) => byId.get(id))
    .sort()
}

const v1 = () =>
  makeV1Workspace([
    { id: 'contact-ada', firstName: 'Ada', communities: ['Rust Berlin', 'PyData'], now: testNow },
    { id: 'contact-grace', firstName: 'Grace', communities: ['rust  berlin ', 'Women in Tech'], now: testNow + 1 },
    { id: 'contact-alan', firstName: 'Alan', communities: [], now: testNow + 2 },
  ])

describe('the v1 → v2 migration', () => {
  it('makes one community of kind other, not joined, for each distinct name, the earliest contact’s spelling winning', () => {
    const doc = migrate(v1())

    expect(doc.schemaVersion).toBe(currentSchemaVersion)
    expect(communitiesOf(doc).map((c) => [c.name, c.kind, c.member, c.archived, c.url, c.notes])).toEqual([
      ['PyData', 'other', false, false, '', ''],
      ['Rust Berlin', 'other', false, false, '', ''],
      ['Women in Tech', 'other', false, false, '', ''],
    ])
  })

  it('rewrites every contact’s communities to the ids of those records, keeping the same memberships', () => {
    const doc = migrate(v1())

    expect(namesOf(doc, 'contact-ada')).toEqual(['PyData', 'Rust Berlin'])
    expect(namesOf(doc, 'contact-grace')).toEqual(['Rust Berlin', 'Women in Tech'])
    expect(contactIn(doc, 'contact-alan').communities).toEqual([])
    expect(contactIn(doc, 'contact-ada').communities).toContain(communityIdFor({}, 'rust berlin'))
  })

  it('creates the reminders map and the settings with the communities, so that no later first open makes its own', () => {
    const doc = migrate(v1())

    expect(doc.reminders).toEqual({})
    expect(doc.settings).toEqual({})
  })

  it('gives a name the same id whatever its case and spacing, on any device', () => {
    expect(communityIdFor({}, '  Rust   BERLIN')).toBe(communityIdFor({}, 'rust berlin'))
    expect(communityIdFor({}, 'Rust Berlin')).not.toBe(communityIdFor({}, 'Rust Munich'))
  })

  it('leaves one record per name when two devices migrate the same v1 document concurrently', () => {
    const { laptop, phone } = forkReplicas(v1())

    const merged = expectConvergence(migrate(laptop), migrate(phone))

    expect(communitiesOf(merged).map((c) => c.name)).toEqual(['PyData', 'Rust Berlin', 'Women in Tech'])
    expect(namesOf(merged, 'contact-grace')).toEqual(['Rust Berlin', 'Women in Tech'])
    expect(Object.keys(merged.buckets).length).toBe(128)
  })

  it('makes an empty community map for a vault with no communities', () => {
    const doc = migrate(makeV1Workspace([{ id: 'contact-alan', firstName: 'Alan', communities: [] }]))

    expect(doc.communities).toEqual({})
  })
})
