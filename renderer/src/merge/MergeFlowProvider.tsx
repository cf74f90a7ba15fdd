import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import type { Contact, ContactId } from '../../../shared/domain'
import { MergeContactsModal } from '../contacts/MergeContactsModal'
import { useWorkspaceView } from '../workspace/WorkspaceProvider'
import { MergePickerModal } from './MergePickerModal'
import { useMergeContacts } from './useMergeContacts'

/** Called with the kept contact once a merge is done. */
type OnMerged = (kept: Contact) => void

type MergeFlow =
  | { step: 'closed' }
  | { step: 'pick'; id: ContactId; onMerged?: OnMerged }
  | { step: 'confirm'; ids: readonly [ContactId, ContactId]; onMerged?: OnMerged }

type MergeFlowApi = {
  /** "Merge with…": pick the other contact by name, then confirm. */
  mergeWith: (contact: Contact, onMerged?: OnMerged) => void
  /** Opens the merge dialog on a known pair. */
  reviewPair: (a: ContactId, b: ContactId, onMerged?: OnMerged) => void
}

const MergeFlowContext = createContext<MergeFlowApi | null>(null)
const noContacts: ReadonlyMap<string, Contact> = new Map()

/** Owns the app's one merge picker and merge dialog, so the board, the drawer and the import can start a merge. */
export const MergeFlowProvider = ({ children }: { children: ReactNode }) => {
  const view = useWorkspaceView()
  const contacts = view.status === 'ready' ? view.mirror.contacts : noContacts
  const stages = view.status === 'ready' ? view.mirror.stages : []
  const merge = useMergeContacts()
  const [flow, setFlow] = useState<MergeFlow>({ step: 'closed' })
  const close = useCallback(() => setFlow({ step: 'closed' }), [])
  const api = useMemo<MergeFlowApi>(
    () => ({
      mergeWith: (contact, onMerged) => setFlow({ step: 'pick', id: contact.id, onMerged }),
      reviewPair: (a, b, onMerged) => setFlow({ step: 'confirm', ids: [a, b], onMerged }),
    }),
    [],
  )
  // Both contacts are read live: one that is deleted or merged meanwhile closes the dialog.
  const picking = flow.step === 'pick' ? (contacts.get(flow.id) ?? null) : null
  const first = flow.step === 'confirm' ? contacts.get(flow.ids[0]) : undefined
  const second = flow.step === 'confirm' ? contacts.get(flow.ids[1]) : undefined
  const pair = first && second ? ([first, second] as const) : null
  const onMerged = flow.step === 'closed' ? undefined : flow.onMerged

  return (
    <MergeFlowContext.Provider value={api}>
      {children}
      <MergePickerModal
        contact={picking}
        contacts={contacts}
        onClose={close}
        onPick={(other) => picking && setFlow({ step: 'confirm', ids: [picking.id, other.id], onMerged })}
      />
      {pair && (
        <MergeContactsModal
          key={`${pair[0].id}:${pair[1].id}`}
          pair={pair}
          stages={stages}
          opened
          onClose={close}
          onMerge={async (keepId, mergeId) => {
            const kept = await merge(keepId, mergeId)
            if (kept) onMerged?.(kept)
            return kept !== null
          }}
        />
      )}
    </MergeFlowContext.Provider>
  )
}

/** Starts a merge from anywhere in the app. */
export const useMergeFlow = (): MergeFlowApi => {
  const api = useContext(MergeFlowContext)
  if (!api) throw new Error('useMergeFlow needs a <MergeFlowProvider> above it.')
  return api
}
