import type { RapportClient } from '../../shared/api/client'

/** What every CLI command gets: a way to reach the vault and a place to print. */
export type CliContext = {
  run: (task: (client: RapportClient) => Promise<void>) => Promise<void>
  print: (text: string) => void
  dataDir: () => string
}
