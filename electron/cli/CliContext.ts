import type { RapportClient } from '../../shared/api/client'
import type { ClientVia } from './withClient'

/** What every CLI command gets: a way to reach the vault and a place to print. */
export type CliContext = {
  run: (task: (client: RapportClient) => Promise<void>) => Promise<void>
  /** Like `run`, for a command that only reads: answered from the read-model cache when it is provably current. */
  read: (task: (client: RapportClient) => Promise<void>) => Promise<void>
  /**
   * As `run`, but a core started in this process runs the sync peer too (the pairing commands need one); the task
   * learns whether it runs in-process (and must keep the process alive while the peer works) or through an instance.
   */
  runPeer: (task: (client: RapportClient, via: ClientVia) => Promise<void>) => Promise<void>
  print: (text: string) => void
  dataDir: () => string
}
