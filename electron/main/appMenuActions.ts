import type { AppMenuActions } from './appMenu'
import { backUpFromMenu } from './backUpFromMenu'
import { exportFromMenu, type MenuFileContext } from './exportFromMenu'

const logFailure = (running: Promise<void>): void => {
  running.catch((error: unknown) => console.error('A menu command failed:', error))
}

/** The menu's commands, run against the core. They report their own failures; anything else is logged. */
export const appMenuActions = (context: MenuFileContext): AppMenuActions => ({
  export: (kind, window) => logFailure(exportFromMenu(context, kind, window)),
  backUp: (window) => logFailure(backUpFromMenu(context.client, window)),
})
