import fs from 'node:fs/promises'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import * as A from '@automerge/automerge'
import { isValidAutomergeUrl } from '@automerge/automerge-repo'
import type { WorkspaceDoc } from '../../../shared/schema/workspaceDoc'
import { backupFormat, backupFormatVersion, backupSchema, type BackupFile } from './backupFormat'

const gunzipAsync = promisify(gunzip)

/** A backup read and checked: its header and each document's bytes by URL. */
export type CheckedBackup = { header: Omit<BackupFile, 'documents'>; documents: Map<string, Uint8Array> }

/** A backup that can be restored, or why it cannot. */
export type BackupOutcome = { ok: true; value: CheckedBackup } | { ok: false; error: string }

const fail = (file: string, why: string): BackupOutcome => ({ ok: false, error: `${file} cannot be restored: ${why}` })

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

const loadsAs = (bytes: Uint8Array): A.Doc<unknown> | null => {
  try {
    return A.load<unknown>(bytes)
  } catch {
    return null
  }
}

const isWorkspace = (doc: unknown): doc is WorkspaceDoc =>
  typeof doc === 'object' && doc !== null && typeof (doc as WorkspaceDoc).stages === 'object'

/**
 * Reads a backup file and checks all of it before anything is changed: that it is gzip, JSON, this format and
 * version, that every document loads in Automerge, that the workspace is one, and that every interaction history
 * the workspace lists is in the file.
 */
export const readBackup = async (file: string): Promise<BackupOutcome> => {
  let compressed: Buffer
  try {
    compressed = await fs.readFile(file)
  } catch (error) {
    return fail(file, `it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`)
  }
  let text: string
  try {
    text = (await gunzipAsync(compressed)).toString('utf8')
  } catch {
    return fail(file, 'it is not a Rapport backup, or it is cut off (not complete gzip data).')
  }
  const json = parseJson(text) as { format?: unknown; version?: unknown } | undefined
  if (json?.format !== backupFormat) return fail(file, 'it is not a Rapport backup.')
  if (typeof json.version === 'number' && json.version > backupFormatVersion) {
    return fail(file, `it was written by a newer Rapport (backup version ${json.version}). Update Rapport first.`)
  }
  const parsed = backupSchema.safeParse(json)
  if (!parsed.success) return fail(file, `it is damaged (${parsed.error.issues[0].message}).`)
  const { documents: encoded, ...header } = parsed.data
  const documents = new Map<string, Uint8Array>()
  for (const [url, base64] of Object.entries(encoded)) {
    if (!isValidAutomergeUrl(url)) return fail(file, `it names a document by an invalid URL (${url}).`)
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'))
    if (loadsAs(bytes) === null) return fail(file, `its document ${url} is damaged.`)
    documents.set(url, bytes)
  }
  const workspaceBytes = documents.get(header.workspaceUrl)
  const workspace = workspaceBytes === undefined ? null : loadsAs(workspaceBytes)
  if (!isWorkspace(workspace)) return fail(file, 'it holds no Rapport workspace.')
  const logs = Object.values(workspace.interactionLogs ?? {}).flatMap((set) => Object.keys(set))
  const missing = logs.find((url) => !documents.has(url))
  if (missing !== undefined) return fail(file, `the interaction history ${missing} is missing from it.`)
  return { ok: true, value: { header, documents } }
}
