import { RapportError } from '../api/errors'
import type { BitReader, BitWriter } from './bitStream'
import { defaultSyncPort } from './defaultSyncPort'
import { formatIpv6, parseIpv4, parseIpv6 } from './ipAddress'

/** Where a device listens: an IPv4 or IPv6 address (no host names) and a TCP port. */
export type PairingAddress = { host: string; port: number }

/**
 * IPv4 ranges a code stores in fewer bits: the private ones a home or office network uses, the shared range of
 * carrier-grade NAT and mesh VPNs, and loopback (one machine). The index is the 3-bit tag in the code.
 */
const ipv4Ranges: ReadonlyArray<{ base: number; hostBits: number }> = [
  { base: ipv4Number([192, 168, 0, 0]), hostBits: 16 },
  { base: ipv4Number([10, 0, 0, 0]), hostBits: 24 },
  { base: ipv4Number([172, 16, 0, 0]), hostBits: 20 },
  { base: ipv4Number([100, 64, 0, 0]), hostBits: 22 },
  { base: ipv4Number([127, 0, 0, 1]), hostBits: 0 },
  { base: 0, hostBits: 32 },
]
const ipv6Tag = 6
/** Tag 7 is kept for a later version of the code. */
const tagBits = 3

function ipv4Number(bytes: readonly number[]): number {
  return ((bytes[0] * 256 + bytes[1]) * 256 + bytes[2]) * 256 + bytes[3]
}

const ipv4Text = (n: number): string => [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.')

const badAddress = (address: PairingAddress, why: string) =>
  new RapportError('bad_request', `${address.host}:${address.port} cannot go in a pairing code: ${why}.`)

/** Appends one address: its tag, the host bits its range leaves, and the port (one bit when it is the default). */
export const writePairingAddress = (writer: BitWriter, address: PairingAddress): void => {
  if (!Number.isInteger(address.port) || address.port < 1 || address.port > 65535) {
    throw badAddress(address, 'the port must be from 1 to 65535')
  }
  const host = address.host.replace(/^\[(.*)\]$/, '$1')
  const v4 = parseIpv4(host)
  const v6 = v4 ? null : parseIpv6(host)
  if (v4) {
    const n = ipv4Number(v4)
    const tag = ipv4Ranges.findIndex((r) => n >= r.base && n < r.base + 2 ** r.hostBits)
    writer.write(tag, tagBits)
    writer.write(n - ipv4Ranges[tag].base, ipv4Ranges[tag].hostBits)
  } else if (v6) {
    writer.write(ipv6Tag, tagBits)
    for (const group of v6) writer.write(group, 16)
  } else {
    throw badAddress(address, 'it is not an IP address')
  }
  writer.write(address.port === defaultSyncPort ? 0 : 1, 1)
  if (address.port !== defaultSyncPort) writer.write(address.port, 16)
}

/** Reads one address back; null when its tag belongs to a later version of the code. */
export const readPairingAddress = (reader: BitReader): PairingAddress | null => {
  const tag = reader.read(tagBits)
  let host: string
  if (tag < ipv4Ranges.length) host = ipv4Text(ipv4Ranges[tag].base + reader.read(ipv4Ranges[tag].hostBits))
  else if (tag === ipv6Tag) host = formatIpv6(Array.from({ length: 8 }, () => reader.read(16)))
  else return null
  const port = reader.read(1) === 0 ? defaultSyncPort : reader.read(16)
  return { host, port }
}
