import type { ContactId } from '../domain/ids'
import type { ImportReview, PlannedCreate } from '../import/importPlan'

/** A likely duplicate an import created: the contact the vault had, and the one created beside it. */
export type ReviewedPair = { line: number; existingId: ContactId; createdId: ContactId; reason: string }

/**
 * Pairs each review of an import plan with the id its new contact was created with, so the person
 * can merge the two. `created` holds the ids given to `creates`, in the same order.
 */
export const reviewedPairs = (
  reviews: readonly ImportReview[],
  creates: readonly Pick<PlannedCreate, 'line'>[],
  created: readonly { id: ContactId }[],
): ReviewedPair[] => {
  const idByLine = new Map(creates.map((c, i) => [c.line, created[i]?.id]))
  return reviews.flatMap(({ line, existingId, reason }) => {
    const createdId = idByLine.get(line)
    return createdId ? [{ line, existingId, createdId, reason }] : []
  })
}
