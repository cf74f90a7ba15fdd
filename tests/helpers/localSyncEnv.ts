/**
 * The environment every core and `rapport` process started by the tests gets: sync listens on loopback only and
 * looks for no device on the network (no mDNS, no DHT), so that no test reaches beyond this machine.
 */
export const localSyncEnv = { RAPPORT_DISCOVERY: 'off', RAPPORT_SYNC_HOST: '127.0.0.1' } as const
