import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import type { ContactId, StageId } from '../../../shared/domain'
import { ContactDrawer } from './ContactDrawer'
import type { HabitAction, HabitRequest } from './habitRequest'

/**
 * What the contact drawer shows: nothing, one contact (with the snooze or reminder UI asked for, if any), or a new
 * contact being created.
 */
export type DrawerState =
  { mode: 'closed' } | { mode: 'edit'; id: ContactId; request?: HabitRequest } | { mode: 'new'; stageId?: StageId }

type ContactDrawerApi = {
  /** Opens the contact; `then` opens its snooze choices or its "Remind me…" form as well. */
  openContact: (id: ContactId, then?: HabitAction) => void
  newContact: (stageId?: StageId) => void
  close: () => void
}

const ContactDrawerContext = createContext<ContactDrawerApi | null>(null)

/** Owns the one contact drawer of the app; any view can open it. */
export const ContactDrawerProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<DrawerState>({ mode: 'closed' })
  const asked = useRef(0)
  const pending = useRef<HabitAction | null>(null)
  const stateRef = useRef(state)
  stateRef.current = state
  const close = useCallback(() => setState({ mode: 'closed' }), [])
  const ask = useCallback((action: HabitAction) => {
    asked.current += 1
    const request = { action, n: asked.current }
    setState((s) => (s.mode === 'edit' ? { ...s, request } : s))
  }, [])
  const entered = useCallback(() => {
    const then = pending.current
    pending.current = null
    if (then) ask(then)
  }, [ask])
  const api = useMemo<ContactDrawerApi>(
    () => ({
      openContact: (id, then) => {
        // A closed drawer slides in first: its snooze menu, opened on the way, would be placed off screen.
        if (stateRef.current.mode === 'closed') pending.current = then ?? null
        setState({ mode: 'edit', id })
        if (then && stateRef.current.mode !== 'closed') ask(then)
      },
      newContact: (stageId) => setState({ mode: 'new', stageId }),
      close,
    }),
    [ask, close],
  )
  return (
    <ContactDrawerContext.Provider value={api}>
      {children}
      <ContactDrawer state={state} onClose={close} onCreated={api.openContact} onAsk={ask} onEntered={entered} />
    </ContactDrawerContext.Provider>
  )
}

/** Opens the contact drawer on a contact, or on a new one. */
export const useContactDrawer = (): ContactDrawerApi => {
  const api = useContext(ContactDrawerContext)
  if (!api) throw new Error('useContactDrawer needs a <ContactDrawerProvider> above it.')
  return api
}
