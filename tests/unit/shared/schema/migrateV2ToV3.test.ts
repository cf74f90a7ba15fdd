import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { ensureThisDevice } from '../../../../shared/mutators/ensureThisDevice'
import { readDevices } from '../../../../shared/schema/readDevices'
import { migrateWorkspace, needsMigration } from '../../../../shared/schema/migrations'
import { currentSchemaVersion, type WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { deviceIds } from '../../../helpers/deviceFactories'
import { contactIdsIn, testNow } from '../../../helpers/factories'
import { makeV2Workspace } from '../../../helpers/v2Workspace'

const randomBytesFrom = (seed: number) => (length: number) => new Uint8Array(length).map((_, i) => (seed + i) % 256)

const migrate = (doc: Automerge.Doc<WorkspaceDoc>, seed = 7) =>
  Automerge.change(doc, (d) => migrateWorkspace(d, { randomBytes: randomBytesFrom(seed) }))

describe('the v2 → v3 migration', () => {
  it('brings a schema-2 vault to the current version with an empty device list', () => {
    const v2 = makeV2Workspace()
    expect(needsMigration(v2)).toBe(true)

    const doc = migrate(v2)

    expect(doc.schemaVersion).toBe(currentSchemaVersion)
    expect(doc.devices).toEqual({})
    expect(readDevices(doc)).toEqual([])
  })

  it('makes the vault’s sync secret from the 32 random bytes it is given, in hex', () => {
    const doc = migrate(makeV2Workspace(), 7)

    expect(doc.syncSecret.toString()).toBe(Buffer.from(randomBytesFrom(7)(32)).toString('hex'))
    expect(migrate(makeV2Workspace(), 8).syncSecret.toString()).not.toBe(doc.syncSecret.toString())
  })

  it('keeps every contact', () => {
    const doc = migrate(
      makeV2Workspace([
        { id: 'contact-ada', firstName: 'Ada' },
        { id: 'contact-alan', firstName: 'Alan' },
      ]),
    )

    expect(contactIdsIn(doc)).toEqual(['contact-ada', 'contact-alan'])
  })

  it('leaves a list in which the device that opens the vault can record itself', () => {
    const doc = Automerge.change(migrate(makeV2Workspace()), (d) => {
      ensureThisDevice(d, { id: deviceIds.laptop, name: 'Laptop', now: testNow })
    })

    expect(readDevices(doc)).toEqual([
      { id: deviceIds.laptop, name: 'Laptop', addedAt: testNow, addedBy: deviceIds.laptop, removedAt: null },
    ])
  })

  it('survives a save and load unchanged', () => {
    const doc = migrate(makeV2Workspace())

    expect(Automerge.toJS(Automerge.load<WorkspaceDoc>(Automerge.save(doc)))).toEqual(Automerge.toJS(doc))
  })

  it('asks for no randomness when the vault is already at the current version', () => {
    const doc = migrate(makeV2Workspace())
    let asked = 0

    const again = Automerge.change(doc, (d) =>
      migrateWorkspace(d, {
        randomBytes: (n) => {
          asked++
          return new Uint8Array(n)
        },
      }),
    )

    expect(asked).toBe(0)
    expect(Automerge.getHeads(again)).toEqual(Automerge.getHeads(doc))
  })
})
