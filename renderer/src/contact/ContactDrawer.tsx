import { Center, Drawer, Group, Loader, Text } from '@mantine/core'
import { useCallback, useRef, useState, type KeyboardEvent } from 'react'
import type { Contact, ContactId } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'
import { useWorkspaceView } from '../workspace/WorkspaceProvider'
import type { DrawerState } from './ContactDrawerProvider'
import { drawerKeyAction, type HabitAction } from './habitRequest'
import { EditContact } from './EditContact'
import { NewContact } from './NewContact'
import { SaveIndicator } from './SaveIndicator'
import { useSaveStatus } from './useSaveStatus'
import classes from './ContactDrawer.module.css'

/** The contact being edited, or the last known version of it once it is gone. */
const useShownContact = (state: DrawerState): { contact: Contact | null; gone: boolean } => {
  const view = useWorkspaceView()
  const lastSeen = useRef<Contact | null>(null)
  if (state.mode !== 'edit' || view.status !== 'ready') return { contact: null, gone: false }
  const live = view.mirror.contacts.get(state.id) ?? null
  if (live) lastSeen.current = live
  const seen = lastSeen.current?.id === state.id ? lastSeen.current : null
  return { contact: live ?? seen, gone: !live && seen !== null }
}

/** The contact drawer: every field of a contact, editable in place, with its timeline. */
export const ContactDrawer = ({
  state,
  onClose,
  onCreated,
  onAsk,
  onEntered,
}: {
  state: DrawerState
  onClose: () => void
  onCreated: (id: ContactId) => void
  /** S or R was pressed outside a field: open the snooze choices or the "Remind me…" form. */
  onAsk: (action: HabitAction) => void
  /** The drawer has finished sliding in. */
  onEntered: () => void
}) => {
  const view = useWorkspaceView()
  const [status, track] = useSaveStatus()
  const [confirming, setConfirming] = useState(false)
  const { contact, gone } = useShownContact(state)
  // Blurring first commits the field being edited, as leaving it any other way would.
  const close = useCallback(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
    onClose()
  }, [onClose])
  const title = state.mode === 'new' ? 'New contact' : contact ? displayName(contact) || 'Unnamed contact' : 'Contact'
  const ready = view.status === 'ready'
  // On the header and the body: Drawer.Content does not pass a key handler on.
  const askByKey = (event: KeyboardEvent<HTMLElement>) => {
    if (state.mode !== 'edit' || !contact || gone || event.defaultPrevented) return
    const target = event.target instanceof HTMLElement ? event.target : null
    const action = drawerKeyAction({ ...event, target })
    if (!action) return
    event.preventDefault()
    onAsk(action)
  }
  return (
    <Drawer.Root
      opened={state.mode !== 'closed'}
      onClose={close}
      position="right"
      size={640}
      closeOnEscape={!confirming}
      transitionProps={{ onEntered }}
    >
      <Drawer.Overlay backgroundOpacity={0.25} />
      <Drawer.Content>
        <Drawer.Header className={classes.header} onKeyDown={askByKey}>
          <Drawer.Title className={classes.title}>{title}</Drawer.Title>
          <Group gap="sm" wrap="nowrap">
            <SaveIndicator status={status} />
            <Drawer.CloseButton aria-label="Close" />
          </Group>
        </Drawer.Header>
        <Drawer.Body onKeyDown={askByKey}>
          {state.mode === 'new' && ready && (
            <NewContact initialStageId={state.stageId ?? null} track={track} onCreated={onCreated} onCancel={close} />
          )}
          {state.mode === 'edit' && ready && contact && (
            <EditContact
              key={contact.id}
              contact={contact}
              gone={gone}
              request={state.request}
              track={track}
              onDone={close}
              onConfirming={setConfirming}
            />
          )}
          {state.mode === 'edit' && (!ready || !contact) && (
            <Center h={200}>
              {ready ? <Text c="dimmed">Loading the contact...</Text> : <Loader aria-label="Loading" />}
            </Center>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  )
}
