import type { Goal } from '../../../shared/domain'
import { earliestPeriodStart } from '../../../shared/selectors/earliestPeriodStart'
import type { HabitCalendar } from '../habitProgress'
import type { Vault } from '../vault/openVault'
import { storageStamp } from './storageStamp'
import type { WorkspaceReadModel } from './WorkspaceReadModel'
import { writeReadModelCache } from './writeReadModelCache'
import { writeRecentInteractions } from './writeRecentInteractions'

const dayMs = 24 * 60 * 60 * 1000

/**
 * Slack before the earliest period the goals count: a reader in another time zone or with another week start sees
 * periods begin up to a week apart, and `--now` may be a little in the past.
 */
const recentSlackMs = 31 * dayMs

/** The periods of history `goals.progress` shows unless asked (its streaks may look back further). */
const progressPeriods = 12

/**
 * Where the stored recent interactions begin: early enough for the progress and streaks of every active goal at
 * `now` (and any later time), with some slack.
 */
export const recentInteractionsStart = (goals: Goal[], now: number, calendar: HabitCalendar): number => {
  const periods = goals.filter((g) => !g.archived).map((g) => g.period)
  const earliest = earliestPeriodStart(periods, progressPeriods, now, { ...calendar, withStreaks: true })
  return Math.min(earliest, now) - recentSlackMs
}

/**
 * Writes the read-model cache of an open vault. When the vault is `closing` and every interaction document is
 * loaded, it is stamped with the storage it describes and written with the recent interactions, so that a one-shot
 * command may answer from it; nothing is written when the cache on disk is already that (`current`: the stamp a
 * current cache was read with).
 */
export const saveReadModelCache = async (
  vault: Vault,
  readModel: WorkspaceReadModel,
  options: { closing: boolean; now: number; calendar: HabitCalendar; appVersion: string; current?: string },
): Promise<void> => {
  const snapshot = readModel.snapshot()
  const from = { workspaceUrl: vault.workspace.url, heads: vault.workspace.heads() ?? [], snapshot }
  const complete = options.closing && vault.interactions.holdsAll(vault.workspace.doc())
  const storage = complete ? await storageStamp(vault.dataDir) : null
  if (!storage) return writeReadModelCache(vault.dataDir, from)
  if (storage === options.current) return
  const since = recentInteractionsStart(readModel.goalList(), options.now, options.calendar)
  await writeRecentInteractions(vault.dataDir, { storage, since, interactions: vault.interactions.since(since) })
  await writeReadModelCache(vault.dataDir, { ...from, stamp: { storage, appVersion: options.appVersion } })
}
