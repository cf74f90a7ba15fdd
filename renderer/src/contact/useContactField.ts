import { useCallback, useEffect, useRef, useState } from 'react'
import type { ContactFields } from '../../../shared/domain/contactFields'
import { useContactForm } from './ContactFormContext'
import { fieldChange, type FieldName } from './fieldChange'

/** One field's editing state, and what its input calls. */
export type ContactField<K extends FieldName> = {
  /** What the input shows: the stored value, or the person's edit of it. */
  draft: ContactFields[K]
  error: string | null
  /** The person changed the value and it is not saved yet. */
  dirty: boolean
  edit: (value: ContactFields[K]) => void
  focus: () => void
  /** Stops keeping the edit over changes from elsewhere; commits when there is something to save. */
  blur: () => Promise<boolean>
  /** Validates and saves the edit (or the given value); true once stored. */
  commit: (value?: ContactFields[K]) => Promise<boolean>
  /** Drops the edit and shows the stored value again. */
  revert: () => void
}

const keyOf = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value))

/**
 * Binds one input to one field of the form. While the input has focus (or a save is on its way)
 * the person's text stays put; otherwise it follows the stored value, so a change made on another
 * device shows up. Only a real change of this field is sent.
 */
export const useContactField = <K extends FieldName>(field: K): ContactField<K> => {
  const form = useContactForm()
  const stored = form.values[field]
  const [draft, setDraftState] = useState(stored)
  const [error, setError] = useState<string | null>(null)
  const [dirty, setDirtyState] = useState(false)
  const refs = useRef({ draft: stored, stored, dirty: false, focused: false, pending: 0 })
  refs.current.stored = stored
  const setDraft = (value: ContactFields[K]) => {
    refs.current.draft = value
    setDraftState(value)
  }
  const setDirty = (value: boolean) => {
    refs.current.dirty = value
    setDirtyState(value)
  }

  const storedKey = keyOf(stored)
  useEffect(() => {
    const r = refs.current
    if (r.focused || r.pending > 0) return
    r.draft = r.stored
    setDraftState(r.stored)
    r.dirty = false
    setDirtyState(false)
    setError(null)
  }, [storedKey])

  const { save, reportError } = form
  const commit = useCallback(
    async (value?: ContactFields[K]): Promise<boolean> => {
      const r = refs.current
      const next = value === undefined ? r.draft : value
      const change = fieldChange(field, next, r.stored)
      if (change.kind === 'invalid') {
        setError(change.message)
        reportError(field, change.message)
        return false
      }
      setError(null)
      reportError(field, null)
      setDirty(false)
      if (change.kind === 'unchanged') {
        if (!r.focused) setDraft(r.stored)
        return true
      }
      r.pending++
      const result = await save(field, change.value)
      r.pending--
      if (!result.ok) {
        setError(result.message)
        setDirty(true)
        return false
      }
      if (!r.focused && !r.dirty) setDraft(result.value)
      return true
    },
    [field, save, reportError],
  )

  return {
    draft,
    error: error ?? form.errors[field] ?? null,
    dirty,
    edit: (value) => {
      setDraft(value)
      setDirty(true)
      if (error) setError(null)
    },
    focus: () => {
      refs.current.focused = true
    },
    blur: async () => {
      refs.current.focused = false
      if (refs.current.dirty) return commit()
      // A save still on its way shows its value once confirmed: showing the old one now would flicker.
      if (refs.current.pending === 0) setDraft(refs.current.stored)
      return true
    },
    commit,
    revert: () => {
      setDraft(refs.current.stored)
      setDirty(false)
      setError(null)
      reportError(field, null)
    },
  }
}
