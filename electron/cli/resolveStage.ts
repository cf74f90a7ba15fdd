import type { RapportClient } from '../../shared/api/client'
import type { Stage } from '../../shared/domain'
import { CliError } from './CliError'

/** Finds an active stage by name, ignoring case; a clear error lists the names there are. */
export const resolveStage = async (client: RapportClient, name: string): Promise<Stage> => {
  const stages = await client.call('stages.list', {})
  const wanted = name.trim().toLocaleLowerCase()
  const stage = stages.find((s) => s.name.toLocaleLowerCase() === wanted)
  if (!stage) {
    throw new CliError(`No stage named "${name}". Stages: ${stages.map((s) => s.name).join(', ')}.`)
  }
  return stage
}
