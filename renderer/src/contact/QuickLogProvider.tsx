import { Modal, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import type { Contact, ContactId } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'
import { lastTouchLabel } from '../board/cardFacts'
import { useWorkspaceView } from '../workspace/WorkspaceProvider'
import { interactionLabels } from './interactionKinds'
import { LogInteractionForm } from './timeline/LogInteractionForm'

type QuickLogApi = {
  /** Opens the small "Log interaction" window for a contact. */
  logInteractionWith: (id: ContactId) => void
}

const QuickLogContext = createContext<QuickLogApi | null>(null)

const QuickLogModal = ({ contact, onClose }: { contact: Contact | null; onClose: () => void }) => (
  <Modal
    opened={contact !== null}
    onClose={onClose}
    title={contact ? `Log interaction with ${displayName(contact)}` : undefined}
    size="sm"
  >
    {contact && (
      <>
        <Text size="sm" c="dimmed" mb="sm" data-testid="quick-log-last-touch">
          Last touch: {lastTouchLabel(contact, Date.now())}
        </Text>
        <LogInteractionForm
          contactId={contact.id}
          stacked
          onLogged={(logged) => {
            onClose()
            notifications.show({
              color: 'green',
              message: `${interactionLabels[logged.type]} logged with ${displayName(contact)}`,
            })
          }}
        />
      </>
    )}
  </Modal>
)

/**
 * Owns the app's one quick "Log interaction" window, so a board card, its menu and the command palette can log
 * without opening the contact. The contact is read live: one deleted meanwhile closes the window.
 */
export const QuickLogProvider = ({ children }: { children: ReactNode }) => {
  const view = useWorkspaceView()
  const [id, setId] = useState<ContactId | null>(null)
  const close = useCallback(() => setId(null), [])
  const api = useMemo<QuickLogApi>(() => ({ logInteractionWith: setId }), [])
  const contact = id && view.status === 'ready' ? (view.mirror.contacts.get(id) ?? null) : null
  return (
    <QuickLogContext.Provider value={api}>
      {children}
      <QuickLogModal contact={contact} onClose={close} />
    </QuickLogContext.Provider>
  )
}

/** Opens the quick "Log interaction" window. */
export const useQuickLog = (): QuickLogApi => {
  const api = useContext(QuickLogContext)
  if (!api) throw new Error('useQuickLog needs a <QuickLogProvider> above it.')
  return api
}
