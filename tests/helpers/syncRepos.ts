import { Repo, type PeerId } from '@automerge/automerge-repo'
import type { DeviceKeyPair } from '../../electron/core/sync/deviceKeys'
import type { NoiseNetworkAdapter, NoiseNetworkAdapterOptions } from '../../electron/core/sync/NoiseNetworkAdapter'
import { listeningAdapter, makeKeyPair } from './noiseDevices'

/** A device for a sync test: its key, its adapter on 127.0.0.1 and a Repo over it. */
export type TestDevice = {
  name: string
  keys: DeviceKeyPair
  adapter: NoiseNetworkAdapter & { address: { host: string; port: number } }
  repo: Repo
}

/** Makes a device with a Repo; `isPaired` decides whom it syncs with. */
export const makeDevice = async (
  name: string,
  isPaired: (deviceId: string) => boolean,
  options: Partial<Omit<NoiseNetworkAdapterOptions, 'isPaired'>> & { keys?: DeviceKeyPair } = {},
): Promise<TestDevice> => {
  const keys = options.keys ?? makeKeyPair()
  const adapter = await listeningAdapter({ keyPair: keys, isPaired, ...options })
  const repo = new Repo({ network: [adapter], peerId: `${name}-peer` as PeerId })
  return { name, keys, adapter, repo }
}

/** Stops every device's network. */
export const stopDevices = (...devices: TestDevice[]): void => devices.forEach((device) => device.adapter.disconnect())
