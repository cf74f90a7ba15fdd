import { useEffect, useRef, useState } from 'react'
import type { ImportPreview } from '../../../shared/import/importResults'
import { useRapport } from '../workspace/WorkspaceProvider'
import type { PreparedImport } from './prepareImport'
import { stageImport, type ImportOptions } from './stageImport'

/** Where staging a file stands: contacts sent so far, then the core's preview. */
export type Staging =
  | { status: 'idle' }
  | { status: 'staging'; sent: number; total: number }
  | { status: 'staged'; importId: string; preview: ImportPreview }
  | { status: 'failed'; message: string }

/**
 * Stages `prepared` with `options` and previews it; stages again (cancelling the old import) whenever
 * either changes, and cancels on leaving. `keep(importId)` tells it an import was committed, so not to cancel it.
 */
export const useStagedImport = (prepared: PreparedImport | null, options: ImportOptions) => {
  const client = useRapport()
  const [staging, setStaging] = useState<Staging>({ status: 'idle' })
  const kept = useRef(new Set<string>())
  const tagsKey = JSON.stringify(options.tags)
  useEffect(() => {
    if (!prepared) return setStaging({ status: 'idle' })
    let cancelled = false
    let importId: string | null = null
    const total = prepared.contacts.length
    setStaging({ status: 'staging', sent: 0, total })
    const run = async () => {
      const tags = JSON.parse(tagsKey) as string[]
      const onProgress = (sent: number) => !cancelled && setStaging({ status: 'staging', sent, total })
      importId = await stageImport(client, prepared, { stageId: options.stageId, tags }, onProgress, () => cancelled)
      if (importId === null) return
      const preview = await client.call('imports.preview', { importId })
      if (!cancelled) setStaging({ status: 'staged', importId, preview })
    }
    run().catch((error: unknown) => {
      if (!cancelled) setStaging({ status: 'failed', message: (error as Error)?.message ?? String(error) })
    })
    return () => {
      cancelled = true
      if (importId && !kept.current.has(importId)) client.call('imports.cancel', { importId }).catch(() => undefined)
    }
  }, [client, prepared, options.stageId, tagsKey])
  const keep = (importId: string) => kept.current.add(importId)
  return { staging, keep }
}
