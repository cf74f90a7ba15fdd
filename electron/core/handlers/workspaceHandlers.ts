import type { Handlers } from '../../../shared/api/dispatcher'
import { currentSchemaVersion } from '../../../shared/schema/workspaceDoc'
import { splitSnapshot } from '../workspace/snapshotParts'
import type { CoreContext } from './CoreContext'

type WorkspaceHandlers = Pick<
  Handlers,
  'app.info' | 'workspace.snapshot' | 'workspace.subscribe' | 'workspace.unsubscribe'
>

/**
 * Commands about the running core and the live read model. `snapshotSent` is told when a subscription's snapshot
 * has gone out whole (its answer, and its chunks if any).
 */
export const workspaceHandlers = (ctx: CoreContext, hooks: { snapshotSent?: () => void } = {}): WorkspaceHandlers => ({
  async 'app.info'() {
    return {
      version: ctx.appVersion,
      schemaVersion: currentSchemaVersion,
      dataDir: ctx.vault.dataDir,
      pid: process.pid,
    }
  },

  async 'workspace.snapshot'() {
    return ctx.readModel.snapshot()
  },

  async 'workspace.subscribe'(_input, session) {
    if (!ctx.subscribers.has(session)) {
      ctx.subscribers.add(session)
      session.onClose(() => ctx.subscribers.delete(session))
    }
    // Taken in the same turn as the subscription, so the next delta follows this version. A large vault's snapshot
    // is answered in parts: the top cards of each column now, the rest as chunks once the answer has gone. Events
    // reach a session in order, so a delta made meanwhile comes after the chunks sent before it.
    const { first, chunks } = splitSnapshot(ctx.readModel.snapshot(), ctx.readModel.columns)
    const sendNext = (): void => {
      const chunk = chunks.shift()
      if (!chunk || !ctx.subscribers.has(session)) return hooks.snapshotSent?.()
      session.emit('workspace.chunk', chunk)
      setImmediate(sendNext)
    }
    setImmediate(sendNext)
    return first
  },

  async 'workspace.unsubscribe'(_input, session) {
    ctx.subscribers.delete(session)
    return null
  },
})
