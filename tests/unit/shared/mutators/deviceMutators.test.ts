import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { addDevice } from '../../../../shared/mutators/addDevice'
import { ensureThisDevice } from '../../../../shared/mutators/ensureThisDevice'
import { removeDevice } from '../../../../shared/mutators/removeDevice'
import { renameDevice } from '../../../../shared/mutators/renameDevice'
import { readDevices } from '../../../../shared/schema/readDevices'
import type { WorkspaceDoc } from '../../../../shared/schema/workspaceDoc'
import { isPairedDevice } from '../../../../shared/selectors/isPairedDevice'
import { deviceIds, makePairedWorkspace } from '../../../helpers/deviceFactories'
import { expectRapportError } from '../../../helpers/errors'
import { makeWorkspace, testNow } from '../../../helpers/factories'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

const { laptop, desktop, phone } = deviceIds
const change = (doc: Automerge.Doc<WorkspaceDoc>, fn: (d: WorkspaceDoc) => void) => Automerge.change(doc, fn)
const deviceIn = (doc: WorkspaceDoc, id: string) => readDevices(doc).find((d) => d.id === id)

describe('ensureThisDevice', () => {
  it('records the device that opens the vault, as added by itself', () => {
    let standing = ''
    const doc = change(makeWorkspace(), (d) => {
      standing = ensureThisDevice(d, { id: laptop, name: ' Laptop ', now: testNow })
    })

    expect(standing).toBe('added')
    expect(readDevices(doc)).toEqual([
      { id: laptop, name: 'Laptop', addedAt: testNow, addedBy: laptop, removedAt: null },
    ])
    expect(isPairedDevice(doc, laptop)).toBe(true)
  })

  it('changes nothing when the device is already listed, not even its name', () => {
    const before = makePairedWorkspace()
    let standing = ''

    const after = change(before, (d) => {
      standing = ensureThisDevice(d, { id: desktop, name: 'Another name', now: testNow + 9 })
    })

    expect(standing).toBe('paired')
    expect(Automerge.getHeads(after)).toEqual(Automerge.getHeads(before))
  })

  it('does not bring back a device that another device removed', () => {
    const removed = change(makePairedWorkspace(), (d) =>
      removeDevice(d, { id: desktop, thisDeviceId: laptop, now: testNow + 5 }),
    )
    let standing = ''

    const after = change(removed, (d) => {
      standing = ensureThisDevice(d, { id: desktop, name: 'Desktop', now: testNow + 9 })
    })

    expect(standing).toBe('removed')
    expect(isPairedDevice(after, desktop)).toBe(false)
    expect(Automerge.getHeads(after)).toEqual(Automerge.getHeads(removed))
  })
})

describe('addDevice', () => {
  it('lists a newly paired device with who paired it and when', () => {
    const doc = makePairedWorkspace()

    expect(deviceIn(doc, desktop)).toEqual({
      id: desktop,
      name: 'Desktop',
      addedAt: testNow + 1,
      addedBy: laptop,
      removedAt: null,
    })
    expect(readDevices(doc).map((d) => d.name)).toEqual(['Laptop', 'Desktop'])
  })

  it('pairs a removed device again when a new pairing adds it', () => {
    const removed = change(makePairedWorkspace(), (d) =>
      removeDevice(d, { id: desktop, thisDeviceId: laptop, now: testNow + 5 }),
    )

    const repaired = change(removed, (d) =>
      addDevice(d, { id: desktop, name: 'Desktop', addedBy: laptop, now: testNow + 9 }),
    )

    expect(deviceIn(repaired, desktop)).toMatchObject({ removedAt: null, addedAt: testNow + 9 })
    expect(isPairedDevice(repaired, desktop)).toBe(true)
  })

  it('takes an id in upper case as the same device', () => {
    const doc = change(makePairedWorkspace(), (d) =>
      addDevice(d, { id: desktop.toUpperCase(), name: 'Tower', addedBy: laptop, now: testNow + 9 }),
    )

    expect(readDevices(doc).map((d) => [d.id, d.name])).toEqual([
      [laptop, 'Laptop'],
      [desktop, 'Tower'],
    ])
  })
})

describe('renameDevice', () => {
  it('renames a paired device', () => {
    const doc = change(makePairedWorkspace(), (d) => renameDevice(d, { id: desktop, name: 'Home desktop' }))

    expect(deviceIn(doc, desktop)?.name).toBe('Home desktop')
  })

  it('refuses a device that was removed', () => {
    const removed = change(makePairedWorkspace(), (d) =>
      removeDevice(d, { id: desktop, thisDeviceId: laptop, now: testNow + 5 }),
    )

    expectRapportError(
      () => change(removed, (d) => renameDevice(d, { id: desktop, name: 'Home desktop' })),
      'not_found',
    )
  })
})

describe('removeDevice', () => {
  it('keeps the record, marked removed, so that every device refuses it', () => {
    const doc = change(makePairedWorkspace(), (d) =>
      removeDevice(d, { id: desktop, thisDeviceId: laptop, now: testNow + 5 }),
    )

    expect(deviceIn(doc, desktop)).toMatchObject({ name: 'Desktop', removedAt: testNow + 5 })
    expect(isPairedDevice(doc, desktop)).toBe(false)
    expect(isPairedDevice(doc, laptop)).toBe(true)
  })

  it('keeps the first removal time when a device is removed twice', () => {
    const once = change(makePairedWorkspace(), (d) =>
      removeDevice(d, { id: desktop, thisDeviceId: laptop, now: testNow + 5 }),
    )

    const twice = change(once, (d) => removeDevice(d, { id: desktop, thisDeviceId: laptop, now: testNow + 9 }))

    expect(deviceIn(twice, desktop)?.removedAt).toBe(testNow + 5)
  })

  it('refuses to let a device remove itself', () => {
    const error = expectRapportError(
      () => change(makePairedWorkspace(), (d) => removeDevice(d, { id: laptop, thisDeviceId: laptop, now: testNow })),
      'bad_request',
    )

    expect(error.message).toMatch(/cannot remove itself/)
  })
})

describe('isPairedDevice', () => {
  it('is false for a device that was never paired, and for a document without a device list', () => {
    expect(isPairedDevice(makePairedWorkspace(), phone)).toBe(false)
    expect(isPairedDevice({} as WorkspaceDoc, phone)).toBe(false)
  })
})

describe('bad input to the device mutators', () => {
  const cases: Array<[string, (d: WorkspaceDoc) => void, string]> = [
    [
      'an id that is not a key',
      (d) => addDevice(d, { id: 'laptop', name: 'Laptop', addedBy: laptop, now: testNow }),
      'bad_request',
    ],
    ['an empty name', (d) => addDevice(d, { id: phone, name: '   ', addedBy: laptop, now: testNow }), 'bad_request'],
    ['a name of 61 characters', (d) => renameDevice(d, { id: desktop, name: 'x'.repeat(61) }), 'bad_request'],
    ['an unknown device to rename', (d) => renameDevice(d, { id: phone, name: 'Phone' }), 'not_found'],
    [
      'an unknown device to remove',
      (d) => removeDevice(d, { id: phone, thisDeviceId: laptop, now: testNow }),
      'not_found',
    ],
    [
      'this device removing itself',
      (d) => removeDevice(d, { id: laptop, thisDeviceId: laptop, now: testNow }),
      'bad_request',
    ],
    ['a bad id on open', (d) => ensureThisDevice(d, { id: '', name: 'Laptop', now: testNow }), 'bad_request'],
  ]

  it.each(cases)('refuses %s before writing anything', (_, mutate, code) => {
    // On a plain copy, which no transaction rolls back: the checks come before the first write.
    const plain = Automerge.toJS(makePairedWorkspace())
    const untouched = JSON.stringify(plain)

    expectRapportError(() => mutate(plain), code as 'bad_request')

    expect(JSON.stringify(plain)).toBe(untouched)
  })
})

describe('device mutators on two replicas', () => {
  it('converge when one device renames a device and another removes it, the removal winning', () => {
    const { laptop: onLaptop, phone: onDesktop } = forkReplicas(makePairedWorkspace())

    const merged = expectConvergence(
      change(onLaptop, (d) => removeDevice(d, { id: desktop, thisDeviceId: laptop, now: testNow + 5 })),
      change(onDesktop, (d) => renameDevice(d, { id: desktop, name: 'Tower' })),
    )

    expect(isPairedDevice(merged, desktop)).toBe(false)
    expect(deviceIn(merged, desktop)).toMatchObject({ name: 'Tower', removedAt: testNow + 5 })
  })

  it('converge on both devices when two devices pair two different new devices at once', () => {
    const { laptop: onLaptop, phone: onDesktop } = forkReplicas(makePairedWorkspace())
    const tablet = 'c4'.repeat(32)

    const merged = expectConvergence(
      change(onLaptop, (d) => addDevice(d, { id: phone, name: 'Phone', addedBy: laptop, now: testNow + 5 })),
      change(onDesktop, (d) => addDevice(d, { id: tablet, name: 'Tablet', addedBy: desktop, now: testNow + 6 })),
    )

    expect(readDevices(merged).map((d) => [d.name, d.removedAt])).toEqual([
      ['Laptop', null],
      ['Desktop', null],
      ['Phone', null],
      ['Tablet', null],
    ])
  })

  it('converge on one name when two devices rename the same device at once', () => {
    const { laptop: onLaptop, phone: onDesktop } = forkReplicas(makePairedWorkspace())

    const merged = expectConvergence(
      change(onLaptop, (d) => renameDevice(d, { id: desktop, name: 'Tower' })),
      change(onDesktop, (d) => renameDevice(d, { id: desktop, name: 'Workstation' })),
    )

    expect(['Tower', 'Workstation']).toContain(deviceIn(merged, desktop)?.name)
  })

  it('converge when one device removes a device while another pairs a new one', () => {
    const { laptop: onLaptop, phone: onDesktop } = forkReplicas(makePairedWorkspace())

    const merged = expectConvergence(
      change(onLaptop, (d) => removeDevice(d, { id: desktop, thisDeviceId: laptop, now: testNow + 5 })),
      change(onDesktop, (d) => addDevice(d, { id: phone, name: 'Phone', addedBy: desktop, now: testNow + 6 })),
    )

    expect(readDevices(merged).map((d) => [d.name, isPairedDevice(merged, d.id)])).toEqual([
      ['Laptop', true],
      ['Desktop', false],
      ['Phone', true],
    ])
  })
})
