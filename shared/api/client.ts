import type { CommandInput, CommandName, CommandOutput, EventName, ServerEvents } from './contract'

/** Listens to one kind of pushed event. */
export type EventListener<E extends EventName> = (payload: ServerEvents[E]) => void

/**
 * How anything outside the core talks to it: the UI, the CLI and tests, over any transport.
 * A failed call rejects with a {@link RapportError} carrying the typed error.
 */
export type RapportClient = {
  call: <K extends CommandName>(command: K, input: CommandInput<K>) => Promise<CommandOutput<K>>
  on: <E extends EventName>(name: E, listener: EventListener<E>) => () => void
  close: () => Promise<void>
}
