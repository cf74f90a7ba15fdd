import { DateInput } from '@mantine/dates'
import { parseDateText } from '../parseDateText'
import { useContactField } from '../useContactField'

/**
 * "Connected on": pick in the calendar or type a date (2024-03-05, 5 Mar 2024). Only whole dates
 * parse, so the value is saved as soon as one is complete, like a select.
 */
export const ConnectedOnField = () => {
  const f = useContactField('connectedOn')
  return (
    <DateInput
      label="Connected on"
      placeholder="Pick or type a date"
      valueFormat="D MMM YYYY"
      dateParser={parseDateText}
      value={f.draft}
      error={f.error}
      clearable
      clearButtonProps={{ 'aria-label': 'Clear the date' }}
      onChange={(value) => {
        f.edit(value)
        void f.commit(value)
      }}
    />
  )
}
