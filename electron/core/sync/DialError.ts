/**
 * Why dialling a device failed: nothing that speaks Rapport's protocol answered (`unreachable`), a device answered
 * but the two are not paired (`unpaired`: this one does not know its key, or it turned this one away), or the
 * address is this device's own (`self`).
 */
export type DialFailure = 'unreachable' | 'unpaired' | 'self'

/** A failed dial, with its reason in words and as a `DialFailure`. */
export class DialError extends Error {
  constructor(
    readonly failure: DialFailure,
    message: string,
  ) {
    super(message)
    this.name = 'DialError'
  }
}
