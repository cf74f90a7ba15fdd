import type { EventListener } from './client'
import type { EventName, ServerEvents } from './contract'

/** Keeps a client's event listeners and delivers events to them. */
export const createEventHub = () => {
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  return {
    on<E extends EventName>(name: E, listener: EventListener<E>): () => void {
      const set = listeners.get(name) ?? new Set()
      set.add(listener as (payload: never) => void)
      listeners.set(name, set)
      return () => set.delete(listener as (payload: never) => void)
    },
    emit<E extends EventName>(name: E, payload: ServerEvents[E]): void {
      for (const listener of listeners.get(name) ?? []) (listener as EventListener<E>)(payload)
    },
    clear(): void {
      listeners.clear()
    },
  }
}
