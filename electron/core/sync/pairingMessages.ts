import { isValidAutomergeUrl } from '@automerge/automerge-repo'
import { z } from 'zod'
import { deviceIdSchema, deviceNameSchema } from '../../../shared/api/syncSchemas'
import { pairingProofLength } from './pairingProofs'

const proofSchema = z.instanceof(Uint8Array).refine((p) => p.length === pairingProofLength)

/** The joining device's first message: its proof of the code's secret and its name. */
export const pairRequestSchema = z.object({
  type: z.literal('pair-request'),
  proof: proofSchema,
  deviceName: deviceNameSchema,
})

/** The host's answer when the proof matched one of its invites: its own proof and what the new device needs. */
export const pairAcceptedSchema = z.object({
  type: z.literal('pair-accepted'),
  proof: proofSchema,
  workspaceUrl: z.string().refine(isValidAutomergeUrl),
  syncSecret: z.string().regex(/^[0-9a-f]{64}$/),
  hostName: z.string().max(200),
  devices: z.array(
    z.object({
      id: deviceIdSchema,
      name: z.string().max(200),
      addedAt: z.number(),
      addedBy: deviceIdSchema,
      removedAt: z.number().nullable(),
    }),
  ),
})

/** The host's one answer to any proof that matched none of its invites; it says nothing about why. */
export const pairingRefusal =
  'This pairing code is not valid: it is wrong, already used or expired. Make a new code on the other device.'
