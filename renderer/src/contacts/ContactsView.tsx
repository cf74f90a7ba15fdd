import { Stack } from '@mantine/core'
import { useCallback, useMemo, useState } from 'react'
import type { Contact } from '../../../shared/domain'
import { boardStages } from '../../../shared/selectors/boardStages'
import { useContactDrawer } from '../contact/ContactDrawerProvider'
import { useMirror, useRapport } from '../workspace/WorkspaceProvider'
import { BulkActionBar } from './BulkActionBar'
import { ContactsTable } from './ContactsTable'
import { selectedPair } from './selectedPair'
import { nextSort, type SortColumn, type SortState } from './sortContacts'
import { useBulkActions } from './useBulkActions'
import { useContactRows } from './useContactRows'
import { useRowSelection } from './useRowSelection'
import classes from './ContactsView.module.css'

/** The contacts table: every contact passing the filters, sortable, with bulk actions for triage. */
export const ContactsView = () => {
  const client = useRapport()
  const mirror = useMirror()
  const { openContact } = useContactDrawer()
  const [sort, setSort] = useState<SortState>(null)
  const rows = useContactRows(sort)
  const selection = useRowSelection(rows)
  const stages = useMemo(() => boardStages(mirror.stages), [mirror.stages])
  const actions = useBulkActions(client, selection.selected, stages, selection.clear)
  const pair = useMemo(() => selectedPair(selection.selected, mirror.contacts), [selection.selected, mirror.contacts])
  const onSort = useCallback((column: SortColumn) => setSort((s) => nextSort(s, column)), [])
  const onOpen = useCallback((c: Contact) => openContact(c.id), [openContact])
  return (
    <Stack gap="xs" className={classes.view}>
      <BulkActionBar
        shown={rows.length}
        selected={selection.selected.size}
        pair={pair}
        stages={stages}
        actions={actions}
      />
      <ContactsTable
        rows={rows}
        stages={mirror.stages}
        sort={sort}
        onSort={onSort}
        selection={selection}
        onOpen={onOpen}
        emptyMessage={
          mirror.contacts.size === 0
            ? 'No contacts yet: add one with "New contact".'
            : 'No contacts match these filters.'
        }
      />
    </Stack>
  )
}
