import { useState } from 'react'
import type { ImportFormat } from '../../../shared/import/importedContact'
import type { ImportCommitted } from '../../../shared/import/importResults'
import { showError } from '../feedback/showError'
import { useRapport } from '../workspace/WorkspaceProvider'
import { parseInWorker } from './parseInWorker'
import type { PreparedImport } from './prepareImport'
import { useStagedImport } from './useStagedImport'

/** The file being read, or why it could not be. */
export type FileState =
  | { status: 'none' }
  | { status: 'parsing'; file: File }
  | { status: 'failed'; file: File; error: string }
  | { status: 'parsed'; file: File; prepared: PreparedImport }

/** How far a commit has got: contacts written so far, out of all it writes. */
export type CommitProgress = { written: number; total: number }

/** A committed import, as the last step shows it. */
export type ImportDone = { importId: string; committed: ImportCommitted; fileName: string }

/** The wizard's state and what the person can do at each step. */
export const useImportWizard = (onImported: () => void) => {
  const client = useRapport()
  const [file, setFile] = useState<FileState>({ status: 'none' })
  const [stageId, setStageId] = useState<string | undefined>(undefined)
  const [tags, setTags] = useState<string[]>([])
  const [committing, setCommitting] = useState<CommitProgress | null>(null)
  const [done, setDone] = useState<ImportDone | null>(null)
  const prepared = file.status === 'parsed' ? file.prepared : null
  const { staging, keep } = useStagedImport(prepared, { stageId, tags })

  const read = async (chosen: File, format?: ImportFormat) => {
    setFile({ status: 'parsing', file: chosen })
    const outcome = await parseInWorker(chosen, format)
    setFile(
      outcome.ok
        ? { status: 'parsed', file: chosen, prepared: outcome.value }
        : { status: 'failed', file: chosen, error: outcome.error },
    )
  }
  const choose = (chosen: File) => void read(chosen)
  const chooseFormat = (format: ImportFormat) => {
    if (file.status !== 'none') void read(file.file, format)
  }
  const commit = async () => {
    if (staging.status !== 'staged' || file.status !== 'parsed') return
    const { importId, preview } = staging
    setCommitting({ written: 0, total: preview.counts.created + preview.counts.updated })
    keep(importId)
    const stopListening = client.on('imports.progress', (progress) => {
      if (progress.importId === importId) setCommitting({ written: progress.written, total: progress.total })
    })
    try {
      const committed = await client.call('imports.commit', { importId })
      setDone({ importId, committed, fileName: file.file.name })
      setFile({ status: 'none' })
      onImported()
    } catch (error) {
      showError('Could not import', error)
    } finally {
      stopListening()
      setCommitting(null)
    }
  }
  const reset = () => {
    setDone(null)
    setFile({ status: 'none' })
  }
  return {
    file,
    staging,
    options: { stageId, tags },
    committing,
    done,
    choose,
    chooseFormat,
    setStageId,
    setTags,
    commit: () => void commit(),
    reset,
  }
}

/** What `useImportWizard` answers. */
export type ImportWizardModel = ReturnType<typeof useImportWizard>
