import { expect } from 'vitest'
import { RapportError, type ApiErrorCode } from '../../shared/api/errors'

/** Runs `action`, expects it to throw a RapportError with `code`, and returns the error. */
export const expectRapportError = (action: () => unknown, code: ApiErrorCode): RapportError => {
  let thrown: unknown
  try {
    action()
  } catch (error) {
    thrown = error
  }
  expect(thrown).toBeInstanceOf(RapportError)
  expect((thrown as RapportError).code).toBe(code)
  return thrown as RapportError
}

/** Awaits `promise`, expects it to reject with a RapportError with `code`, and returns the error. */
export const expectRapportRejection = async (promise: Promise<unknown>, code: ApiErrorCode): Promise<RapportError> => {
  const thrown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  )
  expect(thrown).toBeInstanceOf(RapportError)
  expect((thrown as RapportError).code).toBe(code)
  return thrown as RapportError
}
