/**
 * The TCP port a device listens on for sync unless it is taken or set otherwise. A pairing code carries it in one
 * bit, so codes of devices that listen on it are shorter.
 */
export const defaultSyncPort = 47600
