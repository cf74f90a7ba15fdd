import type os from 'node:os'
import { describe, expect, it } from 'vitest'
import { inviteAddresses } from '../../../../../electron/core/sync/inviteAddresses'

const iface = (address: string, internal = false, family: 'IPv4' | 'IPv6' = 'IPv4') =>
  ({ address, internal, family, netmask: '', mac: '', cidr: null }) as os.NetworkInterfaceInfo

describe('the addresses a pairing code carries', () => {
  it('are the address listened on, when it is one address', () => {
    expect(inviteAddresses({ host: '127.0.0.1', port: 40100 }, {})).toEqual([{ host: '127.0.0.1', port: 40100 }])
  })

  it('are this machine’s non-internal IPv4 addresses when listening on every interface, at most four', () => {
    const interfaces = {
      lo: [iface('127.0.0.1', true)],
      eth0: [iface('192.168.1.20'), iface('fe80::1', false, 'IPv6')],
      wlan0: [iface('10.0.0.5'), iface('10.0.0.6'), iface('10.0.0.7'), iface('10.0.0.8')],
    }
    expect(inviteAddresses({ host: '0.0.0.0', port: 47600 }, interfaces).map((a) => a.host)).toEqual([
      '192.168.1.20',
      '10.0.0.5',
      '10.0.0.6',
      '10.0.0.7',
    ])
  })

  it('fall back to 127.0.0.1 on a machine with no network', () => {
    expect(inviteAddresses({ host: '0.0.0.0', port: 47600 }, { lo: [iface('127.0.0.1', true)] })).toEqual([
      { host: '127.0.0.1', port: 47600 },
    ])
  })
})
