import { MultiSelect } from '@mantine/core'
import { useMemo, useState } from 'react'
import { normaliseCommunityName } from '../../../../shared/communities/normaliseCommunityName'
import { showError } from '../../feedback/showError'
import { useMirror, useRapport } from '../../workspace/WorkspaceProvider'
import { useContactField } from '../useContactField'

const createPrefix = 'create:'

/**
 * The contact's communities, picked from the vault's (by name; the contact keeps their ids). A name no community
 * has yet is offered as "Create …", which adds the community and picks it. Saved as soon as it changes.
 */
export const CommunitiesField = () => {
  const f = useContactField('communities')
  const mirror = useMirror()
  const client = useRapport()
  const [search, setSearch] = useState('')
  const options = useMemo(() => {
    // Archived communities stay pickable only while the contact is in one, so the pill has its name.
    const known = mirror.communities
      .filter((c) => !c.archived || f.draft.includes(c.id))
      .map((c) => ({ value: c.id as string, label: c.name }))
    const shown = new Set(known.map((o) => o.value))
    const unknown = f.draft.filter((id) => !shown.has(id)).map((id) => ({ value: id, label: id }))
    const typed = search.trim()
    const taken = mirror.communities.some((c) => normaliseCommunityName(c.name) === normaliseCommunityName(typed))
    const create = typed && !taken ? [{ value: `${createPrefix}${typed}`, label: `Create “${typed}”` }] : []
    return [...known, ...unknown, ...create]
  }, [mirror.communities, f.draft, search])

  const change = async (value: string[]) => {
    const toCreate = value.find((v) => v.startsWith(createPrefix))
    let next = value
    if (toCreate) {
      const name = toCreate.slice(createPrefix.length)
      setSearch('')
      try {
        const created = await client.call('communities.create', { name })
        next = value.map((v) => (v === toCreate ? created.id : v))
      } catch (error) {
        showError(`Could not add the community ${name}`, error)
        next = value.filter((v) => v !== toCreate)
      }
    }
    f.edit(next)
    void f.commit(next)
  }

  return (
    <MultiSelect
      label="Communities"
      placeholder="Where they hang out"
      data={options}
      value={f.draft}
      error={f.error}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      limit={8}
      clearable={false}
      nothingFoundMessage="Type a name to add a community"
      onChange={(value) => void change(value)}
      onFocus={f.focus}
      onBlur={() => void f.blur()}
    />
  )
}
