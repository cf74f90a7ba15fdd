import type { DhtBootstrap } from './discovery/InternetDiscovery'
import { InternetDiscovery } from './discovery/InternetDiscovery'
import { LanDiscovery } from './discovery/LanDiscovery'
import type { DiscoveryContext, DiscoverySource } from './SyncPeer'

/**
 * The discoveries this device's settings turn on: the local network (mDNS) and, with `internet`, the DHT (joined
 * through `bootstrap`: the public nodes in the app, a local testnet in tests). Each finds devices or hands over
 * connections; the adapter decides whether they are paired.
 */
export const syncDiscoveries =
  (bootstrap: DhtBootstrap) =>
  (context: DiscoveryContext): DiscoverySource[] => {
    const sources: DiscoverySource[] = []
    if (context.settings.lanDiscovery) {
      const lan = new LanDiscovery({ publicKey: context.keyPair.publicKey, port: context.port })
      sources.push({
        start: () => lan.start(),
        stop: () => lan.stop(),
        onFound: (listener) => lan.on('found', listener),
        onError: (listener) => lan.on('error', listener),
      })
    }
    if (context.settings.internet && context.syncSecret) {
      sources.push(
        new InternetDiscovery({
          keyPair: context.keyPair,
          syncSecret: context.syncSecret,
          bootstrap,
          // Every interface in the app; only loopback when sync itself listens there (tests).
          host: context.host === '0.0.0.0' ? undefined : context.host,
          onStream: (stream) => context.addStream(stream),
          accepts: context.isPaired,
        }),
      )
    }
    return sources
  }
