/** Why a command failed, in a form every transport can carry. */
export type ApiErrorCode =
  'bad_request' | 'unknown_command' | 'not_found' | 'conflict' | 'unauthorized' | 'unavailable' | 'internal'

/** One problem with a command's input, with where it is. */
export type ApiIssue = { path: string; message: string }

/** The typed error a command answers with. */
export type ApiError = {
  code: ApiErrorCode
  message: string
  issues?: ApiIssue[]
}

/** Thrown inside the core and the mutators; the dispatcher turns it into an {@link ApiError}. */
export class RapportError extends Error {
  readonly code: ApiErrorCode
  readonly issues: ApiIssue[] | undefined

  constructor(code: ApiErrorCode, message: string, issues?: ApiIssue[]) {
    super(message)
    this.name = 'RapportError'
    this.code = code
    this.issues = issues
  }

  /** The plain value that crosses a process boundary. */
  toApiError(): ApiError {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message }
  }
}

/** True when a value is an {@link ApiError} (for example one rebuilt from the wire). */
export const isRapportError = (value: unknown): value is RapportError => value instanceof RapportError
