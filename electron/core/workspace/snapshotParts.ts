import type { WorkspaceChunk, WorkspaceSnapshot } from '../../../shared/api/contract'
import type { Contact } from '../../../shared/domain'
import type { StageColumns } from '../../../shared/selectors/stageColumns'

/** A subscription's first answer holds every contact up to this many; past it, the top cards of each column. */
export const firstPartMax = 2_000

/** How many contacts each `workspace.chunk` carries after a first part. */
export const chunkSize = 5_000

/**
 * The top cards of every column, up to `max` in all: an equal share each, a column shorter than its share leaving
 * the rest to the others.
 */
export const topOfColumns = (columns: StageColumns, max: number): Contact[] => {
  const shortestFirst = [...columns.values()].sort((a, b) => a.length - b.length)
  const top: Contact[] = []
  shortestFirst.forEach((column, i) => {
    const share = Math.floor((max - top.length) / (shortestFirst.length - i))
    top.push(...column.slice(0, share))
  })
  return top
}

/**
 * A snapshot as a subscription sends it: whole when it has at most `max` contacts; otherwise its first part (the
 * top of each column) and the chunks of all its other contacts, archived ones included.
 */
export const splitSnapshot = (
  snapshot: WorkspaceSnapshot,
  columns: StageColumns,
  max = firstPartMax,
): { first: WorkspaceSnapshot; chunks: WorkspaceChunk[] } => {
  if (snapshot.contacts.length <= max) return { first: snapshot, chunks: [] }
  const top = topOfColumns(columns, max)
  const inTop = new Set(top.map((c) => c.id))
  const rest = snapshot.contacts.filter((c) => !inTop.has(c.id))
  const chunks: WorkspaceChunk[] = []
  for (let i = 0; i < rest.length; i += chunkSize) {
    const contacts = rest.slice(i, i + chunkSize)
    chunks.push({ version: snapshot.version, contacts, done: i + chunkSize >= rest.length })
  }
  if (chunks.length === 0) chunks.push({ version: snapshot.version, contacts: [], done: true })
  return { first: { ...snapshot, contacts: top, complete: false }, chunks }
}
