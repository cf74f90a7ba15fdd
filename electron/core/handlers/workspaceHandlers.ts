import type { Handlers } from '../../../shared/api/dispatcher'
import { currentSchemaVersion } from '../../../shared/schema/workspaceDoc'
import type { CoreContext } from './CoreContext'

type WorkspaceHandlers = Pick<
  Handlers,
  'app.info' | 'workspace.snapshot' | 'workspace.subscribe' | 'workspace.unsubscribe'
>

/** Commands about the running core and the live read model. */
export const workspaceHandlers = (ctx: CoreContext): WorkspaceHandlers => ({
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
    // Taken in the same turn as the subscription, so the next delta follows this version.
    return ctx.readModel.snapshot()
  },

  async 'workspace.unsubscribe'(_input, session) {
    ctx.subscribers.delete(session)
    return null
  },
})
