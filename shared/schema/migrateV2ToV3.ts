import { hex } from '@scure/base'
import { scalar } from './scalar'
import type { WorkspaceDoc } from './workspaceDoc'

/** What a migration step may need from outside: randomness, so that the steps stay pure. */
export type MigrationContext = { randomBytes: (length: number) => Uint8Array }

/** Bytes in a vault's sync secret. */
export const syncSecretLength = 32

/**
 * v2 → v3: the list of devices (empty: the device that opens the vault records itself) and the vault's sync secret.
 * Every vault of a v2 build lives on one device only (v2 has no sync), so no two devices can migrate the same
 * document and each make their own secret: creating them here is safe.
 */
export const migrateV2ToV3 = (raw: { schemaVersion?: number }, context: MigrationContext): void => {
  const doc = raw as unknown as WorkspaceDoc
  doc.devices ??= {}
  doc.syncSecret ??= scalar(hex.encode(context.randomBytes(syncSecretLength)))
  doc.schemaVersion = 3
}
