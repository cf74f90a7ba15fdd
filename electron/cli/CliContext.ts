import type { RapportClient } from '../../shared/api/client'

/** What every CLI command gets: a way to reach the vault and a place to print. */
export type CliContext = {
  run: (task: (client: RapportClient) => Promise<void>) => Promise<void>
  /** Like `run`, for a command that only reads: answered from the read-model cache when it is provably current. */
  read: (task: (client: RapportClient) => Promise<void>) => Promise<void>
  print: (text: string) => void
  dataDir: () => string
}
