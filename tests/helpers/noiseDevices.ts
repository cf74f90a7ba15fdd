import SecretStream from '@hyperswarm/secret-stream'
import type { DeviceKeyPair } from '../../electron/core/sync/deviceKeys'
import { deviceIdOf } from '../../electron/core/sync/deviceKeys'
import {
  NoiseNetworkAdapter,
  type NoiseNetworkAdapterEvents,
  type NoiseNetworkAdapterOptions,
  type NoiseNetworkAdapterTimings,
} from '../../electron/core/sync/NoiseNetworkAdapter'

/** A device key pair made for a test. */
export const makeKeyPair = (): DeviceKeyPair => SecretStream.keyPair() as DeviceKeyPair

/** Timings short enough that a vanished peer or a silent client is noticed within a test. */
export const quickTimings: Partial<NoiseNetworkAdapterTimings> = {
  handshakeTimeoutMs: 1_000,
  helloTimeoutMs: 1_000,
  keepAliveMs: 100,
  idleTimeoutMs: 500,
  readyTimeoutMs: 200,
}

/** A set of device ids that a test can add to and remove from, standing in for the vault's list of paired devices. */
export const pairedList = (...keyPairs: DeviceKeyPair[]) => {
  const ids = new Set(keyPairs.map((keys) => deviceIdOf(keys.publicKey)))
  return {
    ids,
    isPaired: (deviceId: string) => ids.has(deviceId),
    remove: (keys: DeviceKeyPair) => ids.delete(deviceIdOf(keys.publicKey)),
  }
}

/** An adapter listening on an ephemeral port of 127.0.0.1 with quick timings. */
export const listeningAdapter = async (
  options: Omit<NoiseNetworkAdapterOptions, 'listen'> & { listen?: NoiseNetworkAdapterOptions['listen'] },
): Promise<NoiseNetworkAdapter & { address: { host: string; port: number } }> => {
  const adapter = new NoiseNetworkAdapter({
    listen: { host: '127.0.0.1', port: 0 },
    ...options,
    timings: { ...quickTimings, ...options.timings },
  })
  const address = await adapter.whenListening()
  return Object.assign(adapter, { address: address! })
}

/** The next `event` the adapter emits, or a rejection after `timeoutMs`. */
export const nextEvent = <E extends keyof NoiseNetworkAdapterEvents>(
  adapter: NoiseNetworkAdapter,
  event: E,
  timeoutMs = 5_000,
  matching: (payload: Parameters<NoiseNetworkAdapterEvents[E]>[0]) => boolean = () => true,
): Promise<Parameters<NoiseNetworkAdapterEvents[E]>[0]> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${String(event)} within ${timeoutMs} ms`)), timeoutMs)
    const listener = (payload: Parameters<NoiseNetworkAdapterEvents[E]>[0]) => {
      if (!matching(payload)) return
      clearTimeout(timer)
      ;(adapter.off as (e: E, l: typeof listener) => void)(event, listener)
      resolve(payload)
    }
    ;(adapter.on as (e: E, l: typeof listener) => void)(event, listener)
  })
