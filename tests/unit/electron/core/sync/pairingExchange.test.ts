import { randomBytes } from 'node:crypto'
import { generateAutomergeUrl } from '@automerge/automerge-repo'
import { base32crockford } from '@scure/base'
import { describe, expect, it, vi } from 'vitest'
import { hostPairing, joinPairing, type PairingJoinResult } from '../../../../../electron/core/sync/pairingExchange'
import { pairingRefusal } from '../../../../../electron/core/sync/pairingMessages'
import { maxFailedPairingAttempts, pairingInviteLifetimeMs } from '../../../../../electron/core/sync/PairingInvites'
import type { DeviceId } from '../../../../../shared/domain/ids'
import type { Device } from '../../../../../shared/domain/types'
import { decodePairingCode, type PairingCode } from '../../../../../shared/sync/pairingCode'
import { expectRapportRejection } from '../../../../helpers/errors'
import { fakeChannelPair } from '../../../../helpers/fakeChannels'
import { makePairingDevice } from '../../../../helpers/pairingDevices'

const workspaceUrl = generateAutomergeUrl()
const syncSecret = 'ab'.repeat(32)
const addresses = [{ host: '192.168.1.20', port: 47600 }]

/** An acceptance as a device that does not know the secret would have to send it: with a made-up proof. */
const forgedAcceptance = () => ({
  type: 'pair-accepted',
  proof: randomBytes(32),
  workspaceUrl,
  syncSecret,
  hostName: 'Laptop',
  devices: [],
})

/** The laptop made a code; the desktop joins with it, over one connection (or the channels it is given). */
const setup = (options: { handshakeHashes?: [Buffer, Buffer] } = {}) => {
  const laptop = makePairingDevice()
  const desktop = makePairingDevice()
  const { code } = laptop.invites.create(addresses)
  const [laptopEnd, desktopEnd] = fakeChannelPair({ deviceIds: [laptop.id, desktop.id], ...options })
  const devices: Device[] = [
    { id: laptop.id as DeviceId, name: 'Laptop', addedAt: 1, addedBy: laptop.id as DeviceId, removedAt: null },
  ]
  const addDevice = vi.fn((id: string, name: string) => {
    devices.push({ id: id as DeviceId, name, addedAt: 2, addedBy: laptop.id as DeviceId, removedAt: null })
  })
  const host = (timeoutMs = 2_000) =>
    hostPairing(laptopEnd, laptop.invites, {
      addDevice,
      listDevices: () => devices,
      workspaceUrl,
      syncSecret,
      hostName: 'Laptop',
      timeoutMs,
    })
  const join = (typed: PairingCode = decodePairingCode(code), timeoutMs = 2_000) =>
    joinPairing(desktopEnd, typed, { deviceName: 'Desktop', timeoutMs })
  return { laptop, desktop, code, laptopEnd, desktopEnd, addDevice, devices, host, join }
}

describe('pairing two devices with a code', () => {
  it('pairs them: the host adds the joining device, which receives the vault, its secret and the device list', async () => {
    const { laptop, desktop, host, join, addDevice } = setup()

    const [hosted, joined] = await Promise.all([host(), join()])

    expect(hosted).toBe(true)
    expect(addDevice).toHaveBeenCalledWith(desktop.id, 'Desktop')
    expect(joined).toEqual<PairingJoinResult>({
      hostDeviceId: laptop.id,
      hostName: 'Laptop',
      workspaceUrl,
      syncSecret,
      devices: [
        { id: laptop.id as DeviceId, name: 'Laptop', addedAt: 1, addedBy: laptop.id as DeviceId, removedAt: null },
        { id: desktop.id as DeviceId, name: 'Desktop', addedAt: 2, addedBy: laptop.id as DeviceId, removedAt: null },
      ],
    })
    expect(laptop.invites.openCount()).toBe(0)
  })

  it('refuses a code that was already used, with the message that reveals nothing', async () => {
    const first = setup()
    await Promise.all([first.host(), first.join()])
    const [laptopEnd, otherEnd] = fakeChannelPair({ deviceIds: [first.laptop.id, makePairingDevice().id] })

    const [hosted, error] = await Promise.all([
      hostPairing(laptopEnd, first.laptop.invites, {
        addDevice: first.addDevice,
        listDevices: () => [],
        workspaceUrl,
        syncSecret,
        hostName: 'Laptop',
      }),
      expectRapportRejection(
        joinPairing(otherEnd, decodePairingCode(first.code), { deviceName: 'Phone' }),
        'unauthorized',
      ),
    ])

    expect(hosted).toBe(false)
    expect(error.message).toBe(pairingRefusal)
    expect(first.addDevice).toHaveBeenCalledTimes(1)
  })

  it('refuses an expired code with the same message, adding nobody', async () => {
    const { laptop, host, join, addDevice } = setup()
    laptop.clock.now += pairingInviteLifetimeMs

    const [hosted, error] = await Promise.all([host(), expectRapportRejection(join(), 'unauthorized')])

    expect(hosted).toBe(false)
    expect(error.message).toBe(pairingRefusal)
    expect(addDevice).not.toHaveBeenCalled()
  })

  it('refuses a wrong secret with the same message, and counts it against the open code', async () => {
    const { laptop, code, host, join, addDevice } = setup()
    const wrong = { ...decodePairingCode(code), secret: randomBytes(8) }

    const [hosted, error] = await Promise.all([host(), expectRapportRejection(join(wrong), 'unauthorized')])

    expect(hosted).toBe(false)
    expect(error.message).toBe(pairingRefusal)
    expect(addDevice).not.toHaveBeenCalled()
    expect(laptop.invites.openCount()).toBe(1)
  })

  it(`stops accepting a code after ${maxFailedPairingAttempts} wrong tries on it`, async () => {
    const { laptop, code } = setup()
    const wrong = { ...decodePairingCode(code), secret: randomBytes(8) }
    const tryOnce = async (typed: PairingCode) => {
      const [hostEnd, joinEnd] = fakeChannelPair({ deviceIds: [laptop.id, makePairingDevice().id] })
      const options = {
        addDevice: () => undefined,
        listDevices: () => [],
        workspaceUrl,
        syncSecret,
        hostName: 'Laptop',
      }
      const [hosted] = await Promise.all([
        hostPairing(hostEnd, laptop.invites, options),
        joinPairing(joinEnd, typed, { deviceName: 'Stranger' }).catch(() => null),
      ])
      return hosted
    }

    for (let i = 0; i < maxFailedPairingAttempts; i++) expect(await tryOnce(wrong)).toBe(false)

    expect(await tryOnce(decodePairingCode(code))).toBe(false)
  })

  it('sends nothing when the answering device is not the one that made the code', async () => {
    const { desktop, code } = setup()
    const impostor = makePairingDevice()
    const [impostorEnd, desktopEnd] = fakeChannelPair({ deviceIds: [impostor.id, desktop.id] })

    const error = await expectRapportRejection(
      joinPairing(desktopEnd, decodePairingCode(code), { deviceName: 'Desktop' }),
      'unauthorized',
    )

    expect(error.message).toMatch(/not the one that made this code/)
    expect(desktopEnd.sent).toEqual([])
    await expect(impostorEnd.receive(10)).rejects.toThrow()
  })

  it('refuses a proof relayed from another connection: each side’s proof is bound to its own handshake', async () => {
    const { laptop, code, host, desktopEnd, addDevice } = setup({ handshakeHashes: [randomBytes(64), randomBytes(64)] })

    const [hosted, error] = await Promise.all([
      host(),
      expectRapportRejection(
        // The relay would need a key that matches the code's hash; assume it had one, to test the proof alone.
        joinPairing(desktopEnd, decodePairingCode(code), { deviceName: 'Desktop', hostKeyCheck: () => true }),
        'unauthorized',
      ),
    ])

    expect(hosted).toBe(false)
    expect(error.message).toBe(pairingRefusal)
    expect(addDevice).not.toHaveBeenCalled()
    expect(laptop.invites.openCount()).toBe(1)
  })

  it('refuses a host whose answer carries a proof it could not have made', async () => {
    const { laptopEnd, join } = setup()
    const joining = join()
    await laptopEnd.receive(1_000)

    laptopEnd.send(forgedAcceptance())

    const error = await expectRapportRejection(joining, 'unauthorized')
    expect(error.message).toMatch(/not the one that made this code/)
  })

  it('says so when the host does not answer in time', async () => {
    const { join } = setup()

    const error = await expectRapportRejection(join(undefined, 20), 'unavailable')

    expect(error.message).toMatch(/did not answer in time/)
  })

  it('says so when the host answers with something it does not understand', async () => {
    const { laptopEnd, join } = setup()
    const joining = join()
    await laptopEnd.receive(1_000)

    laptopEnd.send({ type: 'pair-accepted', proof: 'not bytes' })

    await expectRapportRejection(joining, 'unavailable')
  })

  it('refuses this device’s own empty name before connecting anything', async () => {
    const { code, desktopEnd } = setup()

    await expectRapportRejection(joinPairing(desktopEnd, decodePairingCode(code), { deviceName: '  ' }), 'bad_request')

    expect(desktopEnd.sent).toEqual([])
  })
})

describe('the host side of pairing', () => {
  it('gives up quietly when the other device sends nothing in time', async () => {
    const { host, laptop, laptopEnd } = setup()

    expect(await host(20)).toBe(false)

    expect(laptopEnd.sent).toEqual([])
    expect(laptop.invites.openCount()).toBe(1)
  })

  it('refuses a request it cannot read, without counting it against the code', async () => {
    const { host, laptop, laptopEnd, desktopEnd } = setup()
    const hosting = host()

    desktopEnd.send({ type: 'pair-request', proof: 'guess', deviceName: 'Desktop' })

    expect(await hosting).toBe(false)
    expect(laptopEnd.sent).toEqual([{ type: 'pair-refused', message: pairingRefusal }])
    expect(laptop.invites.openCount()).toBe(1)
  })

  it('refuses the joining device and passes on the error when it cannot be added; the code is used up', async () => {
    const { laptop, laptopEnd, join, code } = setup()
    const hosting = hostPairing(laptopEnd, laptop.invites, {
      addDevice: () => {
        throw new Error('the vault is closing')
      },
      listDevices: () => [],
      workspaceUrl,
      syncSecret,
      hostName: 'Laptop',
    })

    const [hostError, joinError] = await Promise.all([
      hosting.then(
        () => null,
        (e: unknown) => e as Error,
      ),
      expectRapportRejection(join(decodePairingCode(code)), 'unauthorized'),
    ])

    expect(hostError?.message).toBe('the vault is closing')
    expect(joinError.message).toBe(pairingRefusal)
    expect(laptop.invites.openCount()).toBe(0)
  })
})

describe('the pairing secret', () => {
  it('never appears in an error, whatever goes wrong', async () => {
    const errors: unknown[] = []
    const codes: string[] = []
    const used = <T extends { code: string }>(devices: T): T => {
      codes.push(devices.code)
      return devices
    }
    const collect = (promise: Promise<unknown>) => promise.catch((e: unknown) => void errors.push(e))
    const scenarios: Array<() => Promise<unknown>> = [
      async () => {
        const { laptop, host, join } = used(setup())
        laptop.clock.now += pairingInviteLifetimeMs
        await Promise.all([host(), collect(join())])
      },
      async () => {
        const { code, desktop } = used(setup())
        const [, end] = fakeChannelPair({ deviceIds: [makePairingDevice().id, desktop.id] })
        await collect(joinPairing(end, decodePairingCode(code), { deviceName: 'Desktop' }))
      },
      async () => {
        const { join } = used(setup())
        await collect(join(undefined, 10))
      },
      async () => {
        const { laptopEnd, join } = used(setup())
        const joining = collect(join())
        await laptopEnd.receive(1_000)
        laptopEnd.send(forgedAcceptance())
        await joining
      },
      async () => {
        const { laptopEnd, join } = used(setup())
        const joining = collect(join())
        await laptopEnd.receive(1_000)
        laptopEnd.send({ type: 'something-else' })
        await joining
      },
      async () => {
        const { code } = used(setup())
        const typo = code.slice(0, -1) + (code.endsWith('0') ? '1' : '0')
        await collect(Promise.resolve().then(() => decodePairingCode(typo)))
      },
    ]
    for (const scenario of scenarios) await scenario()

    expect(errors).toHaveLength(scenarios.length)
    const secretForms = codes.flatMap((code) => {
      const secret = Buffer.from(decodePairingCode(code).secret)
      return [
        code,
        code.replace(/-/g, ''),
        secret.toString('hex'),
        secret.toString('base64'),
        base32crockford.encode(secret),
      ]
    })
    for (const error of errors) {
      const text = `${String(error)} ${(error as Error).stack ?? ''} ${JSON.stringify(error)}`
      for (const form of secretForms) expect(text).not.toContain(form)
    }
  })
})
