import type { AutomergeUrl, DocHandle, Repo } from '@automerge/automerge-repo'
import { RapportError } from '../../../shared/api/errors'

/**
 * Loads a document this vault already holds. A document that cannot be read back (a missing
 * or damaged storage chunk) is an error, never an empty document.
 */
export const loadDocument = async <T>(
  repo: Repo,
  url: string,
  what: string,
  isValid: (doc: T) => boolean,
): Promise<DocHandle<T>> => {
  let handle: DocHandle<T>
  try {
    handle = await repo.find<T>(url as AutomergeUrl, { allowableStates: ['ready'] })
  } catch (error) {
    throw new RapportError(
      'unavailable',
      `The ${what} could not be read from storage (${(error as Error).message}). The vault may be damaged; restore it from a backup.`,
    )
  }
  if (!isValid(handle.doc())) {
    throw new RapportError(
      'unavailable',
      `The ${what} in storage is damaged or empty. Restore the vault from a backup.`,
    )
  }
  return handle
}
