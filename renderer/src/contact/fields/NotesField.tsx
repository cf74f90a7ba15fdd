import { Textarea } from '@mantine/core'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useContactForm } from '../ContactFormContext'
import { fieldError } from '../fieldChange'
import { mapCaret, mergeText } from '../../../../shared/text/mergeText'

/** How long typing must pause before notes are saved. */
export const notesSaveDelay = 600

/**
 * Notes, saved 600 ms after typing stops and on blur. Before each save the person's edit is
 * replayed on the latest stored text, so notes changed meanwhile on another device are kept
 * (the core merges notes as collaborative text; this keeps the UI from undoing that merge).
 */
export const NotesField = ({ label = 'Notes' }: { label?: string }) => {
  const form = useContactForm()
  const stored = form.values.notes
  const [draft, setDraftState] = useState(stored)
  const [error, setError] = useState<string | null>(null)
  const input = useRef<HTMLTextAreaElement>(null)
  const caret = useRef<number | null>(null)
  const state = useRef({ draft: stored, base: stored, stored, dirty: false, timer: 0, save: form.save })
  state.current.stored = stored
  state.current.save = form.save

  const show = (text: string) => {
    const s = state.current
    const el = input.current
    if (el && document.activeElement === el && text !== s.draft)
      caret.current = mapCaret(s.draft, text, el.selectionStart)
    s.draft = text
    setDraftState(text)
  }
  useLayoutEffect(() => {
    if (caret.current !== null && input.current) input.current.setSelectionRange(caret.current, caret.current)
    caret.current = null
  })

  const flush = () => {
    const s = state.current
    window.clearTimeout(s.timer)
    if (!s.dirty) return
    const merged = mergeText(s.base, s.draft, s.stored)
    const problem = fieldError('notes', merged)
    if (problem) return setError(problem)
    s.dirty = false
    s.base = merged
    show(merged)
    void s.save('notes', merged, s.stored).then((result) => {
      if (result.ok) return setError(null)
      s.dirty = true
      setError(result.message)
    })
  }

  // A change from elsewhere: shown at once unless an edit is waiting to be saved (it merges then).
  useEffect(() => {
    const s = state.current
    if (s.dirty) return
    s.base = stored
    show(stored)
  }, [stored])

  // Closing the drawer must not lose the last words typed.
  useEffect(() => () => flush(), [])

  return (
    <Textarea
      ref={input}
      label={label}
      placeholder="Anything worth remembering: family, projects, what you talked about..."
      autosize
      minRows={4}
      maxRows={20}
      value={draft}
      error={error}
      onChange={(event) => {
        const s = state.current
        s.draft = event.currentTarget.value
        s.dirty = true
        setDraftState(s.draft)
        window.clearTimeout(s.timer)
        s.timer = window.setTimeout(flush, notesSaveDelay)
      }}
      onBlur={flush}
    />
  )
}
