import { Button, Group, MultiSelect, Select, Text, TextInput } from '@mantine/core'
import { useMemo, useState, type RefObject } from 'react'
import { communityFacets } from '../../../shared/communities/communityFacets'
import { contactFacets } from '../../../shared/selectors/facets'
import { useMirror, useRapport } from '../workspace/WorkspaceProvider'
import { useVaultLoading } from '../workspace/useVaultLoading'
import { noFilters, useFilters } from './FiltersProvider'

const staleChoices = [
  { value: '', label: 'Any time' },
  { value: '14', label: 'Stale 14+ days' },
  { value: '30', label: 'Stale 30+ days' },
  { value: '90', label: 'Stale 90+ days' },
  { value: '180', label: 'Stale 6+ months' },
  { value: '365', label: 'Stale 1+ year' },
]

/** Search, tag, community and staleness filters, shared by the board and the contacts table. */
export const FilterBar = ({ searchRef }: { searchRef?: RefObject<HTMLInputElement | null> }) => {
  const mirror = useMirror()
  const vaultLoading = useVaultLoading(useRapport())
  const { filters, setFilters, clear } = useFilters()
  const [tagsOpen, setTagsOpen] = useState(false)
  const [communitiesOpen, setCommunitiesOpen] = useState(false)
  // Every tag and community in use is a pass over every contact: done only while a picker is open.
  // A closed picker needs only the values chosen, to draw them.
  const tags = useMemo(
    () => (tagsOpen ? contactFacets(mirror.contacts.values()).tags : filters.tags),
    [tagsOpen, mirror.contacts, filters.tags],
  )
  // Filters hold community ids; the picker shows their names.
  const communities = useMemo(
    () => communityFacets(communitiesOpen ? mirror.contacts.values() : null, mirror.communities, filters.communities),
    [communitiesOpen, mirror.contacts, mirror.communities, filters.communities],
  )
  const filtering = JSON.stringify(filters) !== JSON.stringify(noFilters)
  return (
    <Group gap="sm" wrap="wrap" role="search" aria-label="Filter contacts">
      <TextInput
        ref={searchRef}
        placeholder="Search name, company, position, tags   ( / )"
        aria-label="Search contacts"
        value={filters.search}
        onChange={(e) => setFilters({ search: e.currentTarget.value })}
        w={320}
      />
      <MultiSelect
        aria-label="Filter by tag"
        placeholder={filters.tags.length ? undefined : 'Tags'}
        data={tags}
        value={filters.tags}
        onChange={(tags) => setFilters({ tags })}
        onDropdownOpen={() => setTagsOpen(true)}
        onDropdownClose={() => setTagsOpen(false)}
        searchable
        clearable
        w={200}
      />
      <MultiSelect
        aria-label="Filter by community"
        placeholder={filters.communities.length ? undefined : 'Communities'}
        data={communities}
        value={filters.communities}
        onChange={(communities) => setFilters({ communities })}
        onDropdownOpen={() => setCommunitiesOpen(true)}
        onDropdownClose={() => setCommunitiesOpen(false)}
        searchable
        clearable
        w={200}
      />
      <Select
        aria-label="Filter by staleness"
        data={staleChoices}
        value={filters.staleDays === null ? '' : String(filters.staleDays)}
        onChange={(value) => setFilters({ staleDays: value ? Number(value) : null })}
        allowDeselect={false}
        w={170}
      />
      {filtering && (
        <Button variant="subtle" onClick={clear}>
          Clear filters
        </Button>
      )}
      {vaultLoading && (
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="vault-loading">
          {vaultLoading === 'workspace' ? 'Opening the vault… changes are saved once it is open' : 'Loading history…'}
        </Text>
      )}
      {mirror.loading && (
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="workspace-loading">
          Loading contacts… {Math.min(mirror.loading.received, mirror.loading.total).toLocaleString()} of{' '}
          {mirror.loading.total.toLocaleString()}
        </Text>
      )}
    </Group>
  )
}
