import type { ImportFormat } from '../../../shared/import/importedContact'
import { prepareImport } from './prepareImport'

/** What the page asks the parse worker: a file's bytes (transferred), and a format unless it is to be found. */
export type ParseRequest = { buffer: ArrayBuffer; format?: ImportFormat }

// Parsing 30,000 rows takes long enough to freeze the window, hence a worker.
self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { buffer, format } = event.data
  self.postMessage(prepareImport(new Uint8Array(buffer), format))
}
