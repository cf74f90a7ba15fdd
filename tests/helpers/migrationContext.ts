import type { MigrationContext } from '../../shared/schema/migrations'

/** Migration randomness for tests: the same bytes every time, so that two devices' migrations can be compared. */
export const migrationContext: MigrationContext = { randomBytes: (length) => new Uint8Array(length).fill(0x42) }
