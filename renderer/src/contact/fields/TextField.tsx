import { Textarea, TextInput } from '@mantine/core'
import type { KeyboardEvent, ReactNode } from 'react'
import { useContactForm } from '../ContactFormContext'
import type { FieldName } from '../fieldChange'
import { useContactField } from '../useContactField'

type TextFieldName = Extract<
  FieldName,
  'firstName' | 'lastName' | 'position' | 'company' | 'linkedinUrl' | 'location' | 'howWeMet' | 'offer'
>

/**
 * A text field saved on blur or Enter (Ctrl/Cmd+Enter when multi-line). Escape drops an unsaved
 * edit first, and only closes the drawer when there is nothing to drop.
 */
export const TextField = ({
  field,
  label,
  multiline = false,
  autoFocus = false,
  placeholder,
  description,
  rightSection,
  classNames,
}: {
  field: TextFieldName
  label: string
  multiline?: boolean
  autoFocus?: boolean
  placeholder?: string
  description?: ReactNode
  rightSection?: ReactNode
  classNames?: { input?: string }
}) => {
  const form = useContactForm()
  const f = useContactField(field)
  const onKeyDown = async (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape' && f.dirty) {
      f.revert()
      return
    }
    const enter = event.key === 'Enter' && !event.nativeEvent.isComposing
    if (!enter || (multiline && !(event.metaKey || event.ctrlKey))) return
    event.preventDefault()
    if ((await f.commit()) && form.submit) form.submit()
  }
  const common = {
    label,
    placeholder,
    description,
    value: f.draft as string,
    error: f.error,
    onChange: (event: { currentTarget: { value: string } }) => f.edit(event.currentTarget.value),
    onFocus: f.focus,
    onBlur: () => void f.blur(),
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void onKeyDown(event),
    // Mantine's drawer skips Escape from an element marked so: the first Escape undoes the edit.
    'data-mantine-stop-propagation': f.dirty ? 'true' : undefined,
    'data-autofocus': autoFocus || undefined,
    classNames,
  }
  return multiline ? (
    <Textarea autosize minRows={2} maxRows={12} {...common} />
  ) : (
    <TextInput rightSection={rightSection} {...common} />
  )
}
