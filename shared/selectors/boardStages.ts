import type { Stage } from '../domain/types'
import { byRank } from './byRank'

/** The active stages in board order. */
export const boardStages = (stages: Iterable<Stage>): Stage[] => [...stages].filter((s) => !s.archived).sort(byRank)
