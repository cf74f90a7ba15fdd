import { base32crockford } from '@scure/base'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bitsOf, bytesOf } from '../../../../shared/sync/bitStream'
import { crc10 } from '../../../../shared/sync/crc10'
import { defaultSyncPort } from '../../../../shared/sync/defaultSyncPort'
import { formatIpv6, parseIpv6 } from '../../../../shared/sync/ipAddress'
import {
  decodePairingCode,
  encodePairingCode,
  parsePairingCode,
  type PairingCode,
} from '../../../../shared/sync/pairingCode'
import { expectRapportError } from '../../../helpers/errors'

const keyHash = Uint8Array.from([0x7a, 0x11, 0x02, 0xfe, 0x33])
const secret = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8])
const makeCode = (addresses: PairingCode['addresses']): PairingCode => ({ addresses, keyHash, secret })
const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

const canonical = (host: string) => (host.includes(':') ? formatIpv6(parseIpv6(host)!) : host)
const addressArb = fc.record({
  host: fc.oneof(fc.ipV4(), fc.ipV4(), fc.ipV6()),
  port: fc.oneof(fc.constant(defaultSyncPort), fc.integer({ min: 1, max: 65535 })),
})
const codeArb = fc.record({
  addresses: fc.array(addressArb, { minLength: 1, maxLength: 4 }),
  keyHash: fc.uint8Array({ minLength: 5, maxLength: 5 }),
  secret: fc.uint8Array({ minLength: 8, maxLength: 8 }),
})

/** The code with its version bit set and its checksum made again (the last 10 bits), as a later format would. */
const withVersionBitSet = (code: string): string => {
  const body = bitsOf(base32crockford.decode(code.replace(/-/g, ''))).slice(0, -10)
  body[0] = 1
  const crc = crc10(body)
  return base32crockford.encode(bytesOf([...body, ...Array.from({ length: 10 }, (_, i) => (crc >> (9 - i)) & 1)]))
}

describe('a pairing code', () => {
  it('decodes to what was encoded, for any key hash, secret and one to four addresses', () => {
    fc.assert(
      fc.property(codeArb, (code) => {
        const decoded = decodePairingCode(encodePairingCode(code))

        expect(decoded).toEqual({
          addresses: code.addresses.map((a) => ({ host: canonical(a.host), port: a.port })),
          keyHash: Uint8Array.from(code.keyHash),
          secret: Uint8Array.from(code.secret),
        })
      }),
      { numRuns: 300 },
    )
  })

  it('is at most 36 characters, dashes included, with one private-network IPv4 address on the default port', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(fc.constant(192), fc.constant(168), fc.nat(255), fc.nat(255)),
          fc.tuple(fc.constant(10), fc.nat(255), fc.nat(255), fc.nat(255)),
          fc.tuple(fc.constant(172), fc.integer({ min: 16, max: 31 }), fc.nat(255), fc.nat(255)),
          fc.tuple(fc.constant(100), fc.integer({ min: 64, max: 127 }), fc.nat(255), fc.nat(255)),
        ),
        (bytes) => {
          expect(
            encodePairingCode(makeCode([{ host: bytes.join('.'), port: defaultSyncPort }])).length,
          ).toBeLessThanOrEqual(36)
        },
      ),
    )
  })

  it('is at most 36 characters on loopback, whatever the port', () => {
    expect(encodePairingCode(makeCode([{ host: '127.0.0.1', port: 65535 }])).length).toBeLessThanOrEqual(36)
  })

  it('is written in groups of four Crockford base32 characters joined by dashes', () => {
    const code = encodePairingCode(makeCode([{ host: '192.168.1.20', port: defaultSyncPort }]))

    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-)*[0-9A-HJKMNP-TV-Z]{1,4}$/)
  })

  it('decodes whatever the case, spacing and dashes, and reads O as 0 and I or L as 1', () => {
    const code = encodePairingCode(makeCode([{ host: '192.168.1.20', port: 51000 }]))
    const typed = code.replace(/-/g, ' ').toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l')

    expect(decodePairingCode(`  ${typed} `)).toEqual(decodePairingCode(code))
    expect(decodePairingCode(code.replace(/-/g, '').replace(/1/g, 'I'))).toEqual(decodePairingCode(code))
  })

  it('keeps IPv6 addresses, in their canonical form', () => {
    const decoded = decodePairingCode(
      encodePairingCode(
        makeCode([
          { host: '[2001:DB8:0:0:0:0:0:1]', port: 4000 },
          { host: '10.0.0.7', port: defaultSyncPort },
        ]),
      ),
    )

    expect(decoded.addresses).toEqual([
      { host: '2001:db8::1', port: 4000 },
      { host: '10.0.0.7', port: defaultSyncPort },
    ])
  })
})

describe('a mistyped pairing code', () => {
  const code = encodePairingCode(makeCode([{ host: '192.168.1.20', port: 51000 }]))
  const symbolsOf = (text: string) => text.replace(/-/g, '').split('')

  it('is reported as a typo whichever one character is wrong', () => {
    fc.assert(
      fc.property(codeArb, fc.nat(), fc.integer({ min: 1, max: 31 }), (c, at, shift) => {
        const chars = symbolsOf(encodePairingCode(c))
        const i = at % chars.length
        chars[i] = crockford[(crockford.indexOf(chars[i]) + shift) % 32]

        const parsed = parsePairingCode(chars.join(''))

        expect(parsed).toEqual({ ok: false, error: expect.stringMatching(/^This code has a typo/) })
      }),
      { numRuns: 500 },
    )
  })

  it('is reported as a typo when two neighbouring characters are swapped', () => {
    fc.assert(
      fc.property(codeArb, fc.nat(), (c, at) => {
        const chars = symbolsOf(encodePairingCode(c))
        const i = at % (chars.length - 1)
        fc.pre(chars[i] !== chars[i + 1])
        ;[chars[i], chars[i + 1]] = [chars[i + 1], chars[i]]

        expect(parsePairingCode(chars.join('')).ok).toBe(false)
      }),
      { numRuns: 500 },
    )
  })

  it('is reported as a typo when a character is missing or one too many', () => {
    const chars = symbolsOf(code)

    expect(parsePairingCode(chars.slice(1).join(''))).toMatchObject({ ok: false, error: /typo/ })
    expect(parsePairingCode(chars.slice(0, -1).join(''))).toMatchObject({ ok: false, error: /typo/ })
    expect(parsePairingCode(`${chars.join('')}7`)).toMatchObject({ ok: false, error: /typo/ })
  })

  it('names a character that pairing codes never use, and where it is', () => {
    const error = expectRapportError(() => decodePairingCode(`${code.slice(0, 5)}U${code.slice(6)}`), 'bad_request')

    expect(error.message).toBe(
      'This code has a typo: pairing codes have no “U” (character 5). Check it against the other device.',
    )
  })

  it('asks for the code when nothing was typed', () => {
    expect(parsePairingCode('  - ')).toEqual({ ok: false, error: 'Type the pairing code shown on the other device.' })
  })
})

describe('a pairing code from a newer version of Rapport', () => {
  it('is reported as such, not as a typo', () => {
    const newer = withVersionBitSet(encodePairingCode(makeCode([{ host: '10.0.0.7', port: defaultSyncPort }])))

    expect(parsePairingCode(newer)).toEqual({
      ok: false,
      error: 'This code is from a newer version of Rapport. Update Rapport on this device, then type the code again.',
    })
  })
})

describe('encoding a pairing code', () => {
  it('refuses a host name, which a code cannot carry', () => {
    const error = expectRapportError(
      () => encodePairingCode(makeCode([{ host: 'laptop.local', port: 4000 }])),
      'bad_request',
    )

    expect(error.message).toMatch(/not an IP address/)
  })

  it('refuses no address, more than four, and a port out of range', () => {
    const address = { host: '10.0.0.7', port: 4000 }
    expectRapportError(() => encodePairingCode(makeCode([])), 'bad_request')
    expectRapportError(() => encodePairingCode(makeCode(new Array(5).fill(address))), 'bad_request')
    expectRapportError(() => encodePairingCode(makeCode([{ host: '10.0.0.7', port: 70000 }])), 'bad_request')
  })
})
