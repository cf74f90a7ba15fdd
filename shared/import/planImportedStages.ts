import { generateNKeysBetween } from 'fractional-indexing'
import type { StageId } from '../domain/ids'
import type { Stage } from '../domain/types'
import type { SkippedRecord } from './importedContact'
import { stageNameKey, type ImportedStage } from './importedRecords'
import type { NewStage, StageRestyle, StageStyle } from './importedRecordsPlan'

type StagesPlan = {
  stageIdByName: Map<string, StageId>
  newStages: NewStage[]
  restyledStages: StageRestyle[]
  skipped: SkippedRecord[]
}

const styleOf = (s: Stage): StageStyle => ({ colour: s.colour, rank: s.rank, archived: s.archived })
const sameStyle = (a: StageStyle, b: StageStyle) =>
  a.colour === b.colour && a.rank === b.rank && a.archived === b.archived

/**
 * Matches the stages of an export to the vault's by name, without case, and creates the others after the vault's
 * own, in the export's order. A vault with no contacts yet (`adoptLayout`) takes the export's board as it is: its
 * matching stages also take the export's colour, archived flag and place, and its other stages follow them.
 * `stages` is the vault's, in board order, archived ones included.
 */
export const planImportedStages = (
  stages: Stage[],
  incoming: ImportedStage[],
  options: { adoptLayout: boolean; newId: () => string },
): StagesPlan => {
  const existing = new Map<string, Stage>()
  for (const stage of stages) if (!existing.has(stageNameKey(stage.name))) existing.set(stageNameKey(stage.name), stage)
  const stageIdByName = new Map<string, StageId>()
  const skipped: SkippedRecord[] = []
  const listed: Array<{ record: ImportedStage; stage: Stage | undefined }> = []
  const firstLine = new Map<string, number>()
  for (const record of incoming) {
    const key = stageNameKey(record.name)
    const first = firstLine.get(key)
    if (first !== undefined) {
      skipped.push({ line: record.line, reason: `Stage "${record.name}" appears twice (first on line ${first})` })
      continue
    }
    firstLine.set(key, record.line)
    listed.push({ record, stage: existing.get(key) })
  }
  const unlisted = stages.filter((s) => !firstLine.has(stageNameKey(s.name)))
  const adopt = options.adoptLayout && listed.length > 0
  // Adopting the layout ranks every stage afresh: the export's first, then the vault's others.
  const ranks = adopt
    ? generateNKeysBetween(null, null, listed.length + unlisted.length)
    : generateNKeysBetween(stages.at(-1)?.rank ?? null, null, listed.filter((l) => !l.stage).length)
  let nextFresh = 0
  const newStages: NewStage[] = []
  const restyledStages: StageRestyle[] = []
  const restyle = (stage: Stage, after: StageStyle) => {
    if (!sameStyle(styleOf(stage), after)) restyledStages.push({ id: stage.id, before: styleOf(stage), after })
  }
  listed.forEach(({ record, stage }, i) => {
    const { name, colour, archived, cadenceDays } = record
    if (stage) {
      stageIdByName.set(stageNameKey(name), stage.id)
      if (adopt) restyle(stage, { colour, archived, rank: ranks[i] })
      return
    }
    const id = options.newId() as StageId
    stageIdByName.set(stageNameKey(name), id)
    const rank = adopt ? ranks[i] : ranks[nextFresh++]
    newStages.push({ id, name, colour, archived, rank, ...(cadenceDays !== undefined && { cadenceDays }) })
  })
  if (adopt) unlisted.forEach((stage, i) => restyle(stage, { ...styleOf(stage), rank: ranks[listed.length + i] }))
  return { stageIdByName, newStages, restyledStages, skipped }
}
