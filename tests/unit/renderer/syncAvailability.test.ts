import { describe, expect, it } from 'vitest'
import { RapportError } from '../../../shared/api/errors'
import { syncFailureOf } from '../../../renderer/src/devices/syncAvailability'

describe('reading a failed sync command', () => {
  it('takes the core’s "not running" answer as a process without a sync peer', () => {
    const error = new RapportError('unavailable', 'Sync is not running in this process. Start the app to sync.')
    expect(syncFailureOf(error)).toEqual({ message: error.message, notRunning: true })
  })

  it('keeps the other unavailable answers as failures in the core’s words', () => {
    for (const message of [
      'Sync is off on this device: turn it on to add a device.',
      'The other device did not answer in time. Check that Rapport is open there with the code showing, then try again.',
      'No paired device answered at 127.0.0.1:9: connect ECONNREFUSED',
      'Could not reach the running Rapport instance.',
    ]) {
      expect(syncFailureOf(new RapportError('unavailable', message))).toEqual({ message, notRunning: false })
    }
  })
})
