import { TagsInput } from '@mantine/core'
import type { ReactNode } from 'react'
import { useContactField } from '../useContactField'

/**
 * A list (emails, phones, tags, communities) as pills, saved as soon as it changes. An entry the
 * schema refuses stays on screen with the reason, and nothing is sent until it is fixed or removed.
 */
export const ListField = ({
  field,
  label,
  suggestions = [],
  placeholder,
  description,
}: {
  field: 'emails' | 'phones' | 'tags' | 'communities'
  label: string
  suggestions?: string[]
  placeholder?: string
  description?: ReactNode
}) => {
  const f = useContactField(field)
  return (
    <TagsInput
      label={label}
      description={description}
      placeholder={placeholder}
      data={suggestions}
      value={f.draft}
      error={f.error}
      limit={8}
      clearable={false}
      onChange={(value) => {
        f.edit(value)
        void f.commit(value)
      }}
      onFocus={f.focus}
      onBlur={() => void f.blur()}
      splitChars={[',', ';']}
    />
  )
}
