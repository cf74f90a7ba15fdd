import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import type { Contact, Stage } from '../../../shared/domain'
import { boardStages } from '../../../shared/selectors/boardStages'
import { contactMatcher, displayName, isEmptyFilter } from '../../../shared/selectors/filterContacts'
import { rankForPosition } from '../../../shared/selectors/rankBetween'
import { useFilters } from '../filters/FiltersProvider'
import { toContactFilter } from '../filters/toContactFilter'
import { useMirror, useRapport } from '../workspace/WorkspaceProvider'
import type { Neighbour } from './dropPosition'
import {
  applyPlacements,
  applyPlacementsToCounts,
  columnSizes,
  filterColumns,
  keepUnchangedColumns,
  type Columns,
  type Placement,
} from './groupByStage'
import { showError } from '../feedback/showError'
import { pendingValues } from './pendingValues'
import { usePending } from './usePending'

/** What the board draws, and the two moves it makes optimistically. */
export type BoardModel = {
  /** Active stages in board order, pending reorders applied. */
  stages: Stage[]
  /** The cards of each stage under the current filters, by rank, pending moves applied. */
  columns: Columns
  /** Every active card of each stage, filters aside. */
  totals: ReadonlyMap<string, number>
  filtering: boolean
  /** Shows the card moved at once; answers whether the core took the move (if not, the card goes back). */
  moveCard: (contact: Contact, stageId: string, neighbour: Neighbour) => Promise<boolean>
  reorderStage: (stage: Stage, neighbour: Neighbour) => void
}

const rankOrNull = (items: Iterable<{ id: string; rank: string }>, target: Parameters<typeof rankForPosition>[1]) => {
  try {
    return rankForPosition(items, target)
  } catch {
    return null // A neighbour we do not know yet: the core decides, and the card moves when it answers.
  }
}

/** The board's columns, computed once per change of the workspace or the filters. */
export const useBoardModel = (): BoardModel => {
  const client = useRapport()
  const mirror = useMirror()
  const { filters } = useFilters()
  const filtering = !isEmptyFilter(toContactFilter(filters, 0))

  const cardLanded = useCallback(
    (id: string, p: Placement) => {
      const c = mirror.contacts.get(id)
      return !c || (c.stageId === p.stageId && c.rank === p.rank)
    },
    [mirror.contacts],
  )
  const stageLanded = useCallback(
    (id: string, rank: string) => {
      const stage = mirror.stages.find((s) => s.id === id)
      return !stage || stage.rank === rank
    },
    [mirror.stages],
  )
  const [cardMoves, cards] = usePending<Placement>(cardLanded)
  const [stageMoves, stageRanks] = usePending<string>(stageLanded)

  const placements = useMemo(() => pendingValues(cardMoves), [cardMoves])
  const stages = useMemo(
    () =>
      boardStages(mirror.stages.map((s) => (stageMoves.has(s.id) ? { ...s, rank: stageMoves.get(s.id)!.value } : s))),
    [mirror.stages, stageMoves],
  )
  const previous = useRef<Columns>(new Map())
  const grouped = useMemo(() => {
    // The mirror keeps each stage's cards by rank, so no filter means no pass over every contact.
    const shown = filtering
      ? filterColumns(mirror.columns, contactMatcher(toContactFilter(filters, Date.now())))
      : mirror.columns
    // Keeping unchanged columns' arrays means a delta re-lays out only the columns it touched.
    previous.current = keepUnchangedColumns(previous.current, shown)
    return previous.current
  }, [mirror.columns, filters, filtering])
  const contactOf = useCallback((id: string) => mirror.contacts.get(id), [mirror.contacts])
  const columns = useMemo(() => applyPlacements(grouped, placements, contactOf), [grouped, placements, contactOf])
  const counts = useMemo(() => columnSizes(mirror.columns), [mirror.columns])
  const totals = useMemo(() => applyPlacementsToCounts(counts, placements, contactOf), [counts, placements, contactOf])

  const latest = useRef({ mirror, placements, stages })
  useLayoutEffect(() => {
    latest.current = { mirror, placements, stages }
  })

  const moveCard = useCallback(
    (contact: Contact, stageId: string, neighbour: Neighbour) => {
      const { mirror, placements } = latest.current
      // The target column as it is shown: the cards with a pending move are counted where they are going.
      const column = mirror.columns.get(stageId) ?? []
      const inStage: Array<{ id: string; rank: string }> = column.filter((c) => !placements.has(c.id))
      for (const [id, placed] of placements) {
        const c = mirror.contacts.get(id)
        if (c && !c.archived && placed.stageId === stageId) inStage.push({ id, rank: placed.rank })
      }
      const rank = rankOrNull(inStage, { selfId: contact.id, ...neighbour })
      if (rank) cards.put(contact.id, { stageId, rank })
      return client.call('contacts.move', { id: contact.id, stageId, ...neighbour }).then(
        (moved) => {
          cards.put(moved.id, { stageId: moved.stageId, rank: moved.rank }, true)
          return true
        },
        (error: unknown) => {
          cards.drop(contact.id)
          showError(`Could not move ${displayName(contact)}`, error)
          return false
        },
      )
    },
    [client, cards],
  )

  const reorderStage = useCallback(
    (stage: Stage, neighbour: Neighbour) => {
      const rank = rankOrNull(latest.current.stages, { selfId: stage.id, ...neighbour })
      if (rank) stageRanks.put(stage.id, rank)
      client.call('stages.reorder', { id: stage.id, ...neighbour }).then(
        (moved) => stageRanks.put(moved.id, moved.rank, true),
        (error: unknown) => {
          stageRanks.drop(stage.id)
          showError(`Could not move the stage ${stage.name}`, error)
        },
      )
    },
    [client, stageRanks],
  )

  return { stages, columns, totals, filtering, moveCard, reorderStage }
}
