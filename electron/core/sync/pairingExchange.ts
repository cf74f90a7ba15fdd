import { RapportError } from '../../../shared/api/errors'
import { deviceNameSchema } from '../../../shared/api/syncSchemas'
import type { Device } from '../../../shared/domain/types'
import type { PairingCode } from '../../../shared/sync/pairingCode'
import type { PairingChannel } from './pairingChannel'
import type { PairingInvites } from './PairingInvites'
import { keyMatchesPairingHash } from './pairingKeyHash'
import { pairAcceptedSchema, pairingRefusal, pairRequestSchema } from './pairingMessages'
import { hostProofOf, joinProofOf, proofsMatch } from './pairingProofs'

/** How long either side waits for the other's message, unless told. */
export const pairingTimeoutMs = 30_000

/** What the joining device receives from the host once both proofs check out. */
export type PairingJoinResult = {
  hostDeviceId: string
  hostName: string
  workspaceUrl: string
  syncSecret: string
  devices: Device[]
}

const notTheHost = () =>
  new RapportError(
    'unauthorized',
    'The device that answered is not the one that made this code. Check that you typed the code shown on your other device, then try again.',
  )

/**
 * Joins a vault with a code made on another device, over a channel to the address the code gave. Checks the
 * answering device's key against the code before sending anything that depends on the secret, proves knowledge of
 * the secret bound to this connection, and checks the host's proof in return. Leaves the channel open (the caller
 * syncs over it, or closes it on an error). Errors are RapportErrors that never contain the code or its secret.
 */
export const joinPairing = async (
  channel: PairingChannel,
  code: PairingCode,
  options: {
    deviceName: string
    /** True when the host's device id is the one the code's key hash names (the default computes it). */
    hostKeyCheck?: (hostDeviceId: string, keyHash: Uint8Array) => boolean
    timeoutMs?: number
  },
): Promise<PairingJoinResult> => {
  const deviceName = deviceNameSchema.safeParse(options.deviceName)
  if (!deviceName.success)
    throw new RapportError('bad_request', `This device's name ${deviceName.error.issues[0].message}.`)
  const hostKeyCheck = options.hostKeyCheck ?? keyMatchesPairingHash
  if (!hostKeyCheck(channel.remoteDeviceId, code.keyHash)) throw notTheHost()
  channel.send({
    type: 'pair-request',
    proof: joinProofOf(code.secret, channel.handshakeHash),
    deviceName: deviceName.data,
  })
  const answer = await channel.receive(options.timeoutMs ?? pairingTimeoutMs).catch(() => {
    throw new RapportError(
      'unavailable',
      'The other device did not answer in time. Check that Rapport is open there with the code showing, then try again.',
    )
  })
  if (answer.type === 'pair-refused') throw new RapportError('unauthorized', pairingRefusal)
  const accepted = pairAcceptedSchema.safeParse(answer)
  if (!accepted.success) {
    throw new RapportError(
      'unavailable',
      'The other device answered in a way this version of Rapport does not understand. Update Rapport on both devices.',
    )
  }
  if (!proofsMatch(accepted.data.proof, hostProofOf(code.secret, channel.handshakeHash))) throw notTheHost()
  const { hostName, workspaceUrl, syncSecret, devices } = accepted.data
  return { hostDeviceId: channel.remoteDeviceId, hostName, workspaceUrl, syncSecret, devices: devices as Device[] }
}

/**
 * Answers a device that is not paired and may be joining with one of this device's codes: waits for its request,
 * and when its proof matches an open invite (used up at once), adds it with `addDevice` and replies with this
 * device's proof and the vault. Resolves true when the device was paired; false, after one refusal that says
 * nothing about why, when it was not or sent nothing in time. A failing `addDevice` rejects, after the refusal.
 */
export const hostPairing = async (
  channel: PairingChannel,
  invites: PairingInvites,
  options: {
    addDevice: (deviceId: string, deviceName: string) => void | Promise<void>
    /** The vault's devices after the new one was added, for the joining device to show. */
    listDevices: () => Device[]
    workspaceUrl: string
    syncSecret: string
    hostName: string
    timeoutMs?: number
  },
): Promise<boolean> => {
  const refuse = () => channel.send({ type: 'pair-refused', message: pairingRefusal })
  let message: unknown
  try {
    message = await channel.receive(options.timeoutMs ?? pairingTimeoutMs)
  } catch {
    return false
  }
  const request = pairRequestSchema.safeParse(message)
  if (!request.success) {
    refuse()
    return false
  }
  const redeemed = invites.redeem(request.data.proof, channel.handshakeHash)
  if (!redeemed) {
    refuse()
    return false
  }
  try {
    await options.addDevice(channel.remoteDeviceId, request.data.deviceName)
  } catch (error) {
    refuse()
    throw error
  }
  channel.send({
    type: 'pair-accepted',
    proof: redeemed.hostProof,
    workspaceUrl: options.workspaceUrl,
    syncSecret: options.syncSecret,
    hostName: options.hostName,
    devices: options.listDevices(),
  })
  return true
}
