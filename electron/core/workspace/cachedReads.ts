import type { CommandInput, CommandName, CommandOutput } from '../../../shared/api/contract'
import type { Interaction } from '../../../shared/domain'
import type { CoreContext } from '../handlers/CoreContext'
import { contactReadHandlers } from '../handlers/contactReadHandlers'
import { stageReadHandlers } from '../handlers/stageReadHandlers'
import { CachedReadModel } from './CachedReadModel'
import type { CurrentCache } from './readCurrentCache'

/** What the cache answered: the command's output, or `served: false` when only the documents can answer it. */
export type CachedAnswer<K extends CommandName> = { served: true; value: CommandOutput<K> } | { served: false }

/** Answers the read commands it can from a current cache (`readCurrentCache`). */
export type CachedReads = <K extends CommandName>(command: K, input: CommandInput<K>) => Promise<CachedAnswer<K>>

/** Thrown by the cached interaction history when asked for interactions older than it holds. */
class OlderThanCached extends Error {}

type Input = Record<string, unknown>

// The read handlers served here never look at the session (only subscriptions do).
const noSession = null

const optional = (value: unknown, ok: (v: unknown) => boolean): boolean => value === undefined || ok(value)
const isText = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 100
const isBoolean = (v: unknown) => typeof v === 'boolean'
const isTime = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0
const isCount = (max: number) => (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 1 && (v as number) <= max
const isWeekStart = (v: unknown) => v === 0 || v === 1 || v === 6
// A search the contract would change (it trims) or refuse goes to the documents, where the contract checks it.
const isPlainSearch = (v: unknown) => typeof v === 'string' && v === v.trim() && v.length <= 100

/**
 * The inputs answered from the cache: exactly what the contract would pass to the handler unchanged. Anything else
 * (which the contract may trim, default or refuse) is left to the documents, so that it gets the contract's answer.
 */
const plainInputs: Partial<Record<CommandName, Record<string, (v: unknown) => boolean>>> = {
  'contacts.get': { id: isText },
  'contacts.list': { stageId: isText, search: isPlainSearch, includeArchived: isBoolean },
  'stages.list': { includeArchived: isBoolean },
  'queue.list': { now: isTime, limit: isCount(1000), weekStart: isWeekStart },
  'goals.progress': { now: isTime, periods: isCount(52), weekStart: isWeekStart },
}

const isPlain = (checks: Record<string, (v: unknown) => boolean>, input: unknown): input is Input =>
  typeof input === 'object' &&
  input !== null &&
  Object.entries(input).every(([key, value]) => key in checks && optional(value, checks[key])) &&
  (!('id' in checks) || (input as Input).id !== undefined)

/**
 * Serves the commands that read the board and the week's habit from a cache proven current: the same handlers the
 * core runs, over the cached read model and the cached recent interactions. A command it cannot answer (another
 * command, an unusual input, an error, interactions older than the cache holds) is answered `served: false`, for the
 * documents to answer.
 */
export const cachedReads = (
  current: CurrentCache,
  options: {
    dataDir: string
    now: () => number
    /** The time zone the habit's views read days in; asked only when one of them is (it costs a moment). */
    timeZone: () => string
    appVersion: string
    /** The cache's read model when the caller built it already (it must not change). */
    readModel?: CachedReadModel
  },
): CachedReads => {
  const { recent } = current
  const interactions = {
    since: (since: number): Interaction[] => {
      if (since < recent.since) throw new OlderThanCached()
      return recent.interactions.filter((i) => i.occurredAt >= since)
    },
  }
  // The read handlers reach the read model, the clock and the interaction history, nothing else of a core.
  const ctx = {
    readModel: options.readModel ?? new CachedReadModel(current.cache.snapshot),
    now: options.now,
    appVersion: options.appVersion,
    vault: { dataDir: options.dataDir, interactions },
  } as unknown as CoreContext
  // The habit's views load the calendar library: only a command that needs them loads them.
  const habit = async () => {
    const { habitHandlers } = await import('../handlers/habitHandlers')
    return habitHandlers(ctx, { timeZone: options.timeZone() })
  }
  const handlers: Partial<Record<CommandName, (input: never, session: never) => Promise<unknown>>> = {
    ...contactReadHandlers(ctx),
    ...stageReadHandlers(ctx),
    'queue.list': async (input) => (await habit())['queue.list'](input, noSession as never),
    'goals.progress': async (input) => (await habit())['goals.progress'](input, noSession as never),
  }
  return async (command, input) => {
    const checks = Object.hasOwn(plainInputs, command) ? plainInputs[command] : undefined
    const handler = Object.hasOwn(handlers, command) ? handlers[command] : undefined
    if (!checks || !handler || !isPlain(checks, input)) return { served: false }
    try {
      return {
        served: true,
        value: (await handler(input as never, noSession as never)) as CommandOutput<typeof command>,
      }
    } catch {
      // Not found, or older than the cache: the documents answer, with the core's own error if there is one.
      return { served: false }
    }
  }
}
