import { RapportError } from '../../../shared/api/errors'
import type { CoreContext } from '../handlers/CoreContext'

/**
 * Refuses to join another vault unless this one holds no contacts, interactions or goals: joining replaces this
 * device's vault with the other device's (docs/sync.md), so anything here would be set aside, not merged.
 */
export const requireEmptyVault = (ctx: Pick<CoreContext, 'readModel' | 'vault'>): void => {
  const held = [
    [ctx.readModel.contacts.size, 'contact'],
    [ctx.vault.interactions.all().length, 'interaction'],
    [ctx.readModel.goals.size, 'goal'],
  ] as const
  const nonEmpty = held
    .filter(([count]) => count > 0)
    .map(([count, what]) => `${count} ${what}${count === 1 ? '' : 's'}`)
  if (nonEmpty.length === 0) return
  throw new RapportError(
    'conflict',
    `This device's vault is not empty (${nonEmpty.join(', ')}): joining would replace it. Export it (rapport export), join from an empty data folder, then import the export there.`,
  )
}
