import { useMemo } from 'react'
import type { Stage } from '../../../shared/domain'
import { useRapport } from '../workspace/WorkspaceProvider'
import { showError } from '../feedback/showError'

/** Stage changes from the board; each resolves true when it worked, and says why when it did not. */
export type StageCommands = {
  rename: (stage: Stage, name: string) => Promise<boolean>
  recolour: (stage: Stage, colour: string) => Promise<boolean>
  create: (name: string, afterId: string | undefined) => Promise<boolean>
  archive: (stage: Stage, moveContactsTo: string) => Promise<boolean>
  /** The default keep-in-touch cadence of the stage's contacts that have none of their own (null: none). */
  setCadence: (stage: Stage, cadenceDays: number | null) => Promise<boolean>
}

const attempt = (title: string, call: () => Promise<unknown>): Promise<boolean> =>
  call().then(
    () => true,
    (error: unknown) => {
      showError(title, error)
      return false
    },
  )

/** The stage commands, with their failures shown as notifications. */
export const useStageCommands = (): StageCommands => {
  const client = useRapport()
  return useMemo<StageCommands>(
    () => ({
      rename: (stage, name) =>
        attempt(`Could not rename ${stage.name}`, () => client.call('stages.rename', { id: stage.id, name })),
      recolour: (stage, colour) =>
        attempt(`Could not recolour ${stage.name}`, () => client.call('stages.recolour', { id: stage.id, colour })),
      create: (name, afterId) =>
        attempt(`Could not add the stage ${name}`, () => client.call('stages.create', { name, afterId })),
      archive: (stage, moveContactsTo) =>
        attempt(`Could not archive ${stage.name}`, () =>
          client.call('stages.archive', { id: stage.id, moveContactsTo }),
        ),
      setCadence: (stage, cadenceDays) =>
        attempt(`Could not set the cadence of ${stage.name}`, () =>
          client.call('stages.setCadence', { id: stage.id, cadenceDays }),
        ),
    }),
    [client],
  )
}
