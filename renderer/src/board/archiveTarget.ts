import type { Stage } from '../../../shared/domain'

/** The stage that receives an archived stage's cards unless the person picks another: the column before it, else the next. */
export const defaultArchiveTarget = (stages: readonly Stage[], stageId: string): Stage | undefined => {
  const index = stages.findIndex((s) => s.id === stageId)
  return index > 0 ? stages[index - 1] : stages.find((s) => s.id !== stageId)
}
