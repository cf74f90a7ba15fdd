import type { ImportFormat } from '../../../shared/import/importedContact'
import type { ParseRequest } from './parseWorker'
import type { PrepareOutcome } from './prepareImport'

/** Reads a file in a worker, off the UI thread; a worker crash is answered as a failure to read. */
export const parseInWorker = async (file: Blob, format?: ImportFormat): Promise<PrepareOutcome> => {
  const buffer = await file.arrayBuffer()
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' })
    const finish = (outcome: PrepareOutcome) => {
      worker.terminate()
      resolve(outcome)
    }
    worker.onmessage = (event: MessageEvent<PrepareOutcome>) => finish(event.data)
    worker.onerror = (event) => finish({ ok: false, error: `Rapport could not read this file (${event.message}).` })
    const request: ParseRequest = { buffer, format }
    worker.postMessage(request, [buffer])
  })
}
