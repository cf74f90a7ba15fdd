import type { Handlers } from '../../../shared/api/dispatcher'

/** True for the commands that change contacts, stages, interactions, goals, reminders or settings. */
export const isWorkspaceWrite = (command: string): boolean =>
  /^(contacts|stages|interactions|goals|reminders|settings)\./.test(command) && !/\.(get|list)$/.test(command)

/**
 * Holds back the commands that change the workspace while an import is being written: they wait, then run on the
 * vault as the import left it (whole, or rolled back). Reads are answered meanwhile. So an edit made while a
 * large import is saved can never be taken back by the import's rollback.
 */
export class WriteGate {
  private holds = 0
  private opened: Promise<void> = Promise.resolve()
  private open: () => void = () => undefined

  /** Closes the gate until the returned function is called. */
  hold(): () => void {
    if (this.holds++ === 0) this.opened = new Promise((resolve) => (this.open = resolve))
    let released = false
    return () => {
      if (released) return
      released = true
      if (--this.holds === 0) this.open()
    }
  }

  /** Resolves when no import is being written. */
  async whenOpen(): Promise<void> {
    while (this.holds > 0) await this.opened
  }

  /** The handlers, with every workspace write waiting for the gate to open first. */
  guard(handlers: Handlers): Handlers {
    const guarded: Record<string, (input: never, session: never) => Promise<unknown>> = {}
    for (const [command, handler] of Object.entries(handlers) as Array<
      [string, (...args: never[]) => Promise<unknown>]
    >) {
      guarded[command] = isWorkspaceWrite(command)
        ? async (input, session) => {
            await this.whenOpen()
            return handler(input, session)
          }
        : handler
    }
    return guarded as unknown as Handlers
  }
}
