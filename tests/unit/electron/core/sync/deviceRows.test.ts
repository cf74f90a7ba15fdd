import { describe, expect, it } from 'vitest'
import { deviceRows } from '../../../../../electron/core/sync/deviceRows'

const laptop = 'b'.repeat(64)
const desk = 'a'.repeat(64)

const rowOf = (connectedAt: string | null, addresses: string[]) =>
  deviceRows(
    [
      { id: desk, name: 'Desk', addedAt: 1 },
      { id: laptop, name: 'Laptop', addedAt: 2 },
    ],
    {
      thisDevice: desk,
      observed: () => ({ lastSeenAt: null, lastSyncedAt: null, addresses }),
      state: () => (connectedAt ? 'connected' : 'offline'),
      connectedAt: () => connectedAt,
      now: 10,
    },
  ).find((row) => row.id === laptop)!

describe("a device's address in the device list", () => {
  it('is the remembered host:port while it is connected from that same host', () => {
    expect(rowOf('192.168.1.20', ['192.168.1.20:47600', '10.0.0.5:47600']).address).toBe('192.168.1.20:47600')
  })

  it('is the live host when it is connected from somewhere it was never dialled', () => {
    expect(rowOf('10.9.9.9', ['192.168.1.20:47600']).address).toBe('10.9.9.9')
  })

  it('is the last address that worked while it is offline, and none when nothing ever did', () => {
    expect(rowOf(null, ['192.168.1.20:47600']).address).toBe('192.168.1.20:47600')
    expect(rowOf(null, []).address).toBeNull()
  })
})
