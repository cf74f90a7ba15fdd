import { describe, expect, it } from 'vitest'
import type { RapportClient } from '../../../../shared/api/client'
import { resolveDevice } from '../../../../electron/cli/resolveDevice'
import { makeDeviceRow } from '../../../helpers/deviceFactories'

const device = (id: string, fingerprint: string, name: string) =>
  makeDeviceRow({ id: id.padEnd(64, '0'), fingerprint, name })
const laptop = device('a1b2c3', '7KQ2-M9XD-4TNB-R1CE', 'Laptop')
const desk = device('a1b2ff', 'Z0ZZ-ZZZZ-ZZZZ-ZZZZ', 'Desk')
const client = { call: async () => [laptop, desk] } as unknown as RapportClient

describe('finding a device from what the user typed', () => {
  it('takes the full id, a unique prefix of it, or the fingerprint with or without dashes', async () => {
    await expect(resolveDevice(client, laptop.id)).resolves.toBe(laptop)
    await expect(resolveDevice(client, 'A1B2C')).resolves.toBe(laptop)
    await expect(resolveDevice(client, '7KQ2-M9XD-4TNB-R1CE')).resolves.toBe(laptop)
    await expect(resolveDevice(client, '7kq2m9xd4tnbr1ce')).resolves.toBe(laptop)
  })

  it('takes the first group of a fingerprint as the log shows it, reading O as 0', async () => {
    await expect(resolveDevice(client, '7KQ2')).resolves.toBe(laptop)
    await expect(resolveDevice(client, 'ZOZZ-')).resolves.toBe(desk)
  })

  it('refuses what is ambiguous, too short or unknown, naming the candidates', async () => {
    await expect(resolveDevice(client, 'a1b2')).rejects.toThrow(
      '"a1b2" matches 2 devices: 7KQ2-M9XD-4TNB-R1CE (Laptop), Z0ZZ-ZZZZ-ZZZZ-ZZZZ (Desk). Give more of the id.',
    )
    await expect(resolveDevice(client, 'a1b')).rejects.toThrow('No device with id or fingerprint "a1b"')
    await expect(resolveDevice(client, 'ffff')).rejects.toThrow('No device with id or fingerprint "ffff"')
  })
})
