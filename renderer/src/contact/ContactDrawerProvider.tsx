import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import type { ContactId, StageId } from '../../../shared/domain'
import { ContactDrawer } from './ContactDrawer'

/** What the contact drawer shows: nothing, one contact, or a new contact being created. */
export type DrawerState = { mode: 'closed' } | { mode: 'edit'; id: ContactId } | { mode: 'new'; stageId?: StageId }

type ContactDrawerApi = {
  openContact: (id: ContactId) => void
  newContact: (stageId?: StageId) => void
  close: () => void
}

const ContactDrawerContext = createContext<ContactDrawerApi | null>(null)

/** Owns the one contact drawer of the app; any view can open it. */
export const ContactDrawerProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<DrawerState>({ mode: 'closed' })
  const close = useCallback(() => setState({ mode: 'closed' }), [])
  const api = useMemo<ContactDrawerApi>(
    () => ({
      openContact: (id) => setState({ mode: 'edit', id }),
      newContact: (stageId) => setState({ mode: 'new', stageId }),
      close,
    }),
    [close],
  )
  return (
    <ContactDrawerContext.Provider value={api}>
      {children}
      <ContactDrawer state={state} onClose={close} onCreated={api.openContact} />
    </ContactDrawerContext.Provider>
  )
}

/** Opens the contact drawer on a contact, or on a new one. */
export const useContactDrawer = (): ContactDrawerApi => {
  const api = useContext(ContactDrawerContext)
  if (!api) throw new Error('useContactDrawer needs a <ContactDrawerProvider> above it.')
  return api
}
