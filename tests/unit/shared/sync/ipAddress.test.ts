import { describe, expect, it } from 'vitest'
import { formatIpv6, parseIpv4, parseIpv6 } from '../../../../shared/sync/ipAddress'

describe('IP addresses in pairing codes', () => {
  it('reads dotted IPv4 addresses and refuses anything else', () => {
    expect(parseIpv4('192.168.1.20')).toEqual([192, 168, 1, 20])
    for (const bad of ['192.168.1', '192.168.1.256', '192.168.01.2', 'laptop.local', '1.2.3.4.5', '']) {
      expect(parseIpv4(bad)).toBeNull()
    }
  })

  it('reads IPv6 addresses, compressed or with a trailing IPv4, and refuses malformed ones', () => {
    expect(parseIpv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1])
    expect(parseIpv6('2001:db8::8a2e:370:7334')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0x8a2e, 0x370, 0x7334])
    expect(parseIpv6('::ffff:192.0.2.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0xc000, 0x201])
    for (const bad of ['1::2::3', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', 'fe80::1%eth0', '12345::', ':::']) {
      expect(parseIpv6(bad)).toBeNull()
    }
  })

  it('writes IPv6 addresses in their canonical form: lower case, the longest run of zeros as ::', () => {
    expect(formatIpv6([0x2001, 0xdb8, 0, 0, 1, 0, 0, 0])).toBe('2001:db8:0:0:1::')
    expect(formatIpv6([0, 0, 0, 0, 0, 0, 0, 1])).toBe('::1')
    expect(formatIpv6([0xfe80, 0, 0, 0, 0xabcd, 0, 0, 1])).toBe('fe80::abcd:0:0:1')
    expect(formatIpv6([1, 0, 2, 0, 3, 0, 4, 0])).toBe('1:0:2:0:3:0:4:0')
  })
})
