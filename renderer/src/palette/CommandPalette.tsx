import { Spotlight } from '@mantine/spotlight'
import { useMemo, useState } from 'react'
import type { Contact } from '../../../shared/domain'
import { displayName } from '../../../shared/selectors/filterContacts'
import { cardSubtitle } from '../board/cardFacts'
import { useContactDrawer } from '../contact/ContactDrawerProvider'
import { useQuickLog } from '../contact/QuickLogProvider'
import { ShortcutKeys } from '../keyboard/ShortcutKeys'
import { shortcutById } from '../keyboard/shortcuts'
import { useMirror } from '../workspace/WorkspaceProvider'
import { matchingCommands } from './matchingCommands'
import { paletteCommands, type PaletteContext } from './paletteCommands'
import { paletteStore } from './paletteStore'
import { searchContacts } from './searchContacts'
import { useIndexedContacts } from './useIndexedContacts'
import type { ShellContext } from './usePaletteContext'

type Mode = 'everything' | 'log' | 'snooze' | 'remind'

/** What the palette asks while it picks a contact for a command. */
const pickerTitles: Record<Exclude<Mode, 'everything'>, string> = {
  log: 'Log interaction with',
  snooze: 'Snooze',
  remind: 'Remind me about',
}

const ContactAction = ({ contact, stage, onChoose }: { contact: Contact; stage?: string; onChoose: () => void }) => (
  <Spotlight.Action
    label={displayName(contact)}
    description={[cardSubtitle(contact), stage, contact.archived ? 'archived' : ''].filter(Boolean).join(' · ')}
    onClick={onChoose}
  />
)

/**
 * The command palette (Ctrl/⌘+K): the app's commands and its contacts in one search. Contacts are matched by
 * `searchContacts` over an index kept in step with the mirror, never by Spotlight's own filter; choosing one opens
 * it, or, after "Log interaction with…", "Snooze a contact…" or "Remind me about a contact…", opens the quick log
 * or the drawer's snooze choices or reminder form for it.
 */
export const CommandPalette = ({ app }: { app: ShellContext }) => {
  const mirror = useMirror()
  const index = useIndexedContacts(mirror.contacts)
  const { openContact } = useContactDrawer()
  const { logInteractionWith } = useQuickLog()
  const [query, setQuery] = useState('')
  const [mode, setMode] = useState<Mode>('everything')
  const context = useMemo<PaletteContext>(() => {
    const pick = (next: Mode) => {
      setMode(next)
      setQuery('')
    }
    return {
      ...app,
      pickContactToLog: () => pick('log'),
      pickContactToSnooze: () => pick('snooze'),
      pickContactToRemind: () => pick('remind'),
    }
  }, [app])
  const commands = mode === 'everything' ? matchingCommands(paletteCommands, query) : []
  const contacts = useMemo(() => searchContacts(index, query), [index, query])
  const stageNames = useMemo(() => new Map(mirror.stages.map((s) => [s.id as string, s.name])), [mirror.stages])
  const groups = [
    { label: 'Actions', items: commands.filter((c) => c.group === 'Actions') },
    { label: 'Go to', items: commands.filter((c) => c.group === 'Go to') },
  ].filter((g) => g.items.length > 0)
  const choose = (contact: Contact) => {
    if (mode === 'log') logInteractionWith(contact.id)
    else if (mode === 'everything') openContact(contact.id)
    else openContact(contact.id, mode)
  }
  const title = mode === 'everything' ? null : pickerTitles[mode]
  const palette = shortcutById('palette')
  return (
    <Spotlight.Root
      store={paletteStore}
      query={query}
      onQueryChange={setQuery}
      shortcut={palette.hotkeys ? [...palette.hotkeys] : null}
      tagsToIgnore={[]}
      onSpotlightClose={() => setMode('everything')}
      // No open and close animation: it is instant, and a palette reopened at once cannot have its new query
      // cleared by the end of the previous one's closing transition.
      transitionProps={{ duration: 0 }}
      scrollable
      maxHeight={480}
    >
      <Spotlight.Search
        aria-label={title ?? 'Command palette'}
        placeholder={title ? `${title}… type a name` : 'Type a command, or a name or company'}
      />
      <Spotlight.ActionsList role="region" aria-label="Palette results">
        {groups.map((group) => (
          <Spotlight.ActionsGroup key={group.label} label={group.label}>
            {group.items.map((command) => (
              <Spotlight.Action
                key={command.id}
                label={command.label}
                closeSpotlightOnTrigger={!command.keepOpen}
                rightSection={
                  command.shortcut ? <ShortcutKeys shortcut={shortcutById(command.shortcut)} size="xs" /> : undefined
                }
                onClick={() => command.run(context)}
              />
            ))}
          </Spotlight.ActionsGroup>
        ))}
        {contacts.length > 0 && (
          <Spotlight.ActionsGroup label={title ?? 'Contacts'}>
            {contacts.map((contact) => (
              <ContactAction
                key={contact.id}
                contact={contact}
                stage={stageNames.get(contact.stageId)}
                onChoose={() => choose(contact)}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {groups.length === 0 && contacts.length === 0 && (
          <Spotlight.Empty>
            {query.trim() ? 'No contact or command matches.' : 'Type a name or a company.'}
          </Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  )
}
