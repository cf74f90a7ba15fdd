import type { ContactId, InteractionId } from '../domain/ids'
import type { InteractionType } from '../domain/types'
import { readScalar, scalar } from '../schema/scalar'
import type { InteractionLogDoc } from '../schema/workspaceDoc'
import { findInteractionRecord } from './findInteractionRecord'

/** The fields of an interaction that can be corrected after it was logged. */
export type InteractionFields = { type: InteractionType; occurredAt: number; summary: string; outcome: string }

/**
 * Corrects some fields of a logged interaction, writing only what differs so that a concurrent edit of another
 * field on another device survives; an emptied outcome is removed from the record.
 */
export const updateInteraction = (
  doc: InteractionLogDoc,
  args: { id: InteractionId; contactId: ContactId; fields: Partial<InteractionFields> },
): void => {
  const record = findInteractionRecord(doc, args.id, args.contactId)
  const { type, occurredAt, summary, outcome } = args.fields
  if (type !== undefined && readScalar(record.type) !== type) record.type = scalar(type)
  if (occurredAt !== undefined && record.occurredAt !== occurredAt) record.occurredAt = occurredAt
  if (summary !== undefined && readScalar(record.summary) !== summary) record.summary = scalar(summary)
  if (outcome !== undefined && readScalar(record.outcome) !== outcome) {
    if (outcome === '') delete record.outcome
    else record.outcome = scalar(outcome)
  }
}
