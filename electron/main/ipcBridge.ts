import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { issuesOf, type Dispatch, type Session } from '../../shared/api/dispatcher'
import type { ApiError } from '../../shared/api/errors'
import { ipcChannels } from '../../shared/api/ipcChannels'
import { maxRequestBytes, requestSchema, type Response } from '../../shared/api/protocol'
import type { NotificationTarget } from '../../shared/reminders/notificationTarget'

const failure = (id: number, error: ApiError): Response => ({ type: 'result', id, ok: false, error })

/** The id of a call that failed validation, so the client can still match the answer to it. */
const idOf = (raw: unknown): number => {
  const id = (raw as { id?: unknown } | null)?.id
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : 0
}

const tooLarge = (input: unknown): boolean => {
  try {
    return (JSON.stringify(input ?? null)?.length ?? 0) > maxRequestBytes
  } catch {
    return true
  }
}

/** Only the top frame of a page of our own UI may call the core; a frame gone mid-call may not. */
const isTrustedSender = (event: IpcMainInvokeEvent, isAppUrl: (url: string) => boolean): boolean => {
  try {
    const frame = event.senderFrame
    return !!frame && frame.parent === null && isAppUrl(frame.url)
  } catch {
    return false
  }
}

/** One session per page, so a subscription lives as long as the page and ends with it. */
const sessionOf = (contents: WebContents, sessions: WeakMap<WebContents, Session>): Session => {
  const known = sessions.get(contents)
  if (known) return known
  const closeListeners: Array<() => void> = []
  const session: Session = {
    emit: (name, payload) => {
      if (!contents.isDestroyed()) contents.send(ipcChannels.event, { type: 'event', name, payload })
    },
    onClose: (listener) => closeListeners.push(listener),
  }
  contents.once('destroyed', () => closeListeners.splice(0).forEach((listener) => listener()))
  sessions.set(contents, session)
  return session
}

/**
 * Serves the API to the app's windows over IPC: checks who is calling, validates the message,
 * and answers every call with a result (an error is a value; the handler never throws).
 * Returns a function that stops serving.
 */
export const registerIpcBridge = (options: { dispatch: Dispatch; isAppUrl: (url: string) => boolean }) => {
  const sessions = new WeakMap<WebContents, Session>()
  ipcMain.handle(ipcChannels.call, async (event, raw: unknown): Promise<Response> => {
    if (!isTrustedSender(event, options.isAppUrl)) {
      return failure(idOf(raw), { code: 'unauthorized', message: 'This page may not use Rapport.' })
    }
    const parsed = requestSchema.safeParse(raw)
    if (!parsed.success) {
      const issues = issuesOf(parsed.error)
      const detail = issues.map((i) => `${i.path} ${i.message}`).join('; ')
      return failure(idOf(raw), { code: 'bad_request', message: `The message is not a valid call: ${detail}`, issues })
    }
    const { id, command, input } = parsed.data
    if (tooLarge(input)) return failure(id, { code: 'bad_request', message: 'The message is too large.' })
    try {
      return { type: 'result', id, ...(await options.dispatch(command, input, sessionOf(event.sender, sessions))) }
    } catch (error) {
      return failure(id, { code: 'internal', message: `Rapport could not ${command}: ${(error as Error).message}` })
    }
  })
  return (): void => ipcMain.removeHandler(ipcChannels.call)
}

/** Asks a window's page to show the queue or a contact; a page still loading is asked once it has loaded. */
export const sendNavigation = (contents: WebContents, target: NotificationTarget): void => {
  const send = () => {
    if (!contents.isDestroyed()) contents.send(ipcChannels.navigate, target)
  }
  if (!contents.isDestroyed() && contents.isLoading()) contents.once('did-finish-load', send)
  else send()
}
