import { describe, expect, it } from 'vitest'
import { RapportError, isRapportError } from '../../../../shared/api/errors'

describe('RapportError', () => {
  it('crosses a process boundary as a plain error with its code and message, and issues only when it has some', () => {
    expect(new RapportError('conflict', 'The stage is archived.').toApiError()).toStrictEqual({
      code: 'conflict',
      message: 'The stage is archived.',
    })
    expect(
      new RapportError('bad_request', 'Invalid', [{ path: 'id', message: 'is required' }]).toApiError(),
    ).toStrictEqual({
      code: 'bad_request',
      message: 'Invalid',
      issues: [{ path: 'id', message: 'is required' }],
    })
  })

  it('is told apart from other errors', () => {
    expect(isRapportError(new RapportError('internal', 'x'))).toBe(true)
    expect(isRapportError(new Error('x'))).toBe(false)
    expect(isRapportError({ code: 'internal', message: 'x' })).toBe(false)
  })
})
