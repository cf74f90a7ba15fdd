import os from 'node:os'
import { maxPairingAddresses, type PairingAddress } from '../../../shared/sync/pairingCode'
import type { HostPort } from './SyncPeer'

/**
 * The addresses a pairing code carries: where this device listens; for every interface (0.0.0.0), this machine's
 * non-internal IPv4 addresses (at most four), else 127.0.0.1.
 */
export const inviteAddresses = (
  listening: HostPort,
  interfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]> = os.networkInterfaces(),
): PairingAddress[] => {
  if (listening.host !== '0.0.0.0' && listening.host !== '::') return [{ host: listening.host, port: listening.port }]
  const hosts = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((info) => info.family === 'IPv4' && !info.internal)
    .map((info) => info.address)
  const unique = [...new Set(hosts)].slice(0, maxPairingAddresses)
  return (unique.length ? unique : ['127.0.0.1']).map((host) => ({ host, port: listening.port }))
}
