import type { RapportClient } from './client'
import type { EventName, ServerEvents } from './contract'
import { RapportError } from './errors'
import { createEventHub } from './eventHub'
import { serverMessageSchema, type Request } from './protocol'

/** The two ends a message client needs from its transport. */
export type MessagePort = {
  send: (message: Request) => void
  close: () => void | Promise<void>
}

/**
 * A client over any message transport (WebSocket, Electron IPC): numbers calls, matches
 * answers to them, and hands pushed events to listeners. The transport feeds every
 * incoming message to `receive`, and calls `disconnected` when the link is gone.
 */
export const createMessageClient = (port: MessagePort) => {
  const hub = createEventHub()
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  let nextId = 1
  let closedReason: string | null = null

  const failAll = (reason: string) => {
    closedReason = reason
    for (const { reject } of pending.values()) reject(new RapportError('unavailable', reason))
    pending.clear()
  }

  const client: RapportClient = {
    call(command, input) {
      if (closedReason) return Promise.reject(new RapportError('unavailable', closedReason))
      const id = nextId++
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
        try {
          port.send({ type: 'call', id, command, input })
        } catch (error) {
          pending.delete(id)
          reject(new RapportError('unavailable', `Could not send ${command}: ${(error as Error).message}`))
        }
      })
    },
    on: hub.on,
    async close() {
      failAll('This connection to Rapport is closed.')
      hub.clear()
      await port.close()
    },
  }

  const receive = (raw: unknown): void => {
    const parsed = serverMessageSchema.safeParse(raw)
    if (!parsed.success) {
      // An answer this client cannot read still settles its call, so nothing waits forever.
      const id = (raw as { type?: unknown; id?: unknown } | null)?.id
      const waiting = typeof id === 'number' ? pending.get(id) : undefined
      if (waiting && (raw as { type?: unknown }).type === 'result') {
        pending.delete(id as number)
        waiting.reject(new RapportError('internal', 'Rapport sent an answer this version cannot read.'))
      }
      return
    }
    const message = parsed.data
    if (message.type === 'event') {
      hub.emit(message.name as EventName, message.payload as ServerEvents[EventName])
      return
    }
    const waiting = pending.get(message.id)
    if (!waiting) return
    pending.delete(message.id)
    if (message.ok) waiting.resolve(message.value)
    else waiting.reject(new RapportError(message.error.code, message.error.message, message.error.issues))
  }

  return { client, receive, disconnected: (reason: string) => failAll(reason) }
}
