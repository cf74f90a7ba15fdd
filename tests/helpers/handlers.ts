import { vi } from 'vitest'
import { commands, type CommandName, type EventName, type ServerEvents } from '../../shared/api/contract'
import type { Handlers, Session } from '../../shared/api/dispatcher'

/** Handlers for every command: the ones given, and for the rest a spy that fails the call if it runs. */
export const makeHandlers = (overrides: Partial<Handlers> = {}): Handlers =>
  Object.fromEntries(
    (Object.keys(commands) as CommandName[]).map((name) => [
      name,
      overrides[name] ??
        vi.fn(async () => {
          throw new Error(`${name} was not expected to run`)
        }),
    ]),
  ) as Handlers

/** A session that records what it emits and lets a test close it. */
export const makeSession = () => {
  const emitted: Array<{ name: EventName; payload: unknown }> = []
  const closeListeners: Array<() => void> = []
  const session: Session = {
    emit: <E extends EventName>(name: E, payload: ServerEvents[E]) => {
      emitted.push({ name, payload })
    },
    onClose: (listener) => {
      closeListeners.push(listener)
    },
  }
  return { session, emitted, close: () => closeListeners.forEach((l) => l()) }
}
