import type { z } from 'zod'
import {
  commands,
  isCommandName,
  type CommandName,
  type CommandOutput,
  type EventName,
  type ServerEvents,
  type ValidInput,
} from './contract'
import { RapportError, type ApiError, type ApiIssue } from './errors'

/** One connected client, as a handler sees it. */
export type Session = {
  /** Pushes an event to this client. */
  emit: <E extends EventName>(name: E, payload: ServerEvents[E]) => void
  /** Called by the transport when the client goes away. */
  onClose: (listener: () => void) => void
}

/** The implementation of every command. */
export type Handlers = {
  [K in CommandName]: (input: ValidInput<K>, session: Session) => Promise<CommandOutput<K>>
}

/** The result of one dispatched call, ready to send. */
export type DispatchResult = { ok: true; value: unknown } | { ok: false; error: ApiError }

/** Says where in the input each problem is, in words. */
export const issuesOf = (error: z.ZodError): ApiIssue[] =>
  error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(input)',
    message: issue.message,
  }))

/**
 * Validates a call against the contract and runs its handler. Used by every transport, so
 * a bad call gets the same typed error everywhere and never reaches a handler.
 */
export const createDispatcher =
  (handlers: Handlers) =>
  async (command: string, input: unknown, session: Session): Promise<DispatchResult> => {
    if (!isCommandName(command)) {
      return { ok: false, error: { code: 'unknown_command', message: `Unknown command "${command}".` } }
    }
    const parsed = commands[command].input.safeParse(input ?? {})
    if (!parsed.success) {
      const issues = issuesOf(parsed.error)
      const summary = issues.map((i) => `${i.path} ${i.message}`).join('; ')
      return { ok: false, error: { code: 'bad_request', message: `Invalid ${command}: ${summary}`, issues } }
    }
    try {
      const handler = handlers[command] as (input: unknown, session: Session) => Promise<unknown>
      return { ok: true, value: await handler(parsed.data, session) }
    } catch (error) {
      if (error instanceof RapportError) return { ok: false, error: error.toApiError() }
      const message = error instanceof Error ? error.message : String(error)
      return { ok: false, error: { code: 'internal', message: `Rapport could not ${command}: ${message}` } }
    }
  }

/** A function that dispatches one call. */
export type Dispatch = ReturnType<typeof createDispatcher>
