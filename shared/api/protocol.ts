import { z } from 'zod'
import type { ApiError } from './errors'
import type { EventName, ServerEvents } from './contract'

/** Largest message a client may send, in bytes (a bulk command on 30,000 contacts fits). Larger ones are refused unread. */
export const maxRequestBytes = 4_000_000

/** A call from a client: validated before anything else happens. */
export const requestSchema = z
  .object({
    type: z.literal('call'),
    id: z.number().int().nonnegative(),
    command: z.string().min(1).max(100),
    input: z.unknown().optional(),
  })
  .strict()

/** A call from a client. */
export type Request = z.infer<typeof requestSchema>

/** The answer to one call. */
export type Response =
  { type: 'result'; id: number; ok: true; value: unknown } | { type: 'result'; id: number; ok: false; error: ApiError }

/** An event pushed to a client. */
export type EventMessage<E extends EventName = EventName> = {
  type: 'event'
  name: E
  payload: ServerEvents[E]
}

/** Anything the core sends to a client. */
export type ServerMessage = Response | EventMessage

const apiErrorSchema = z.object({
  code: z.enum(['bad_request', 'unknown_command', 'not_found', 'conflict', 'unauthorized', 'unavailable', 'internal']),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
})

/** What a client accepts from the core; anything else is dropped with an error. */
export const serverMessageSchema = z.union([
  z.object({ type: z.literal('result'), id: z.number(), ok: z.literal(true), value: z.unknown() }),
  z.object({ type: z.literal('result'), id: z.number(), ok: z.literal(false), error: apiErrorSchema }),
  z.object({ type: z.literal('event'), name: z.string(), payload: z.unknown() }),
])
