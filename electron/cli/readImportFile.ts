import fs from 'node:fs/promises'
import { CliError } from './CliError'

/** Largest file `rapport import` reads. */
export const maxImportFileBytes = 250 * 1024 * 1024

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`

/** The bytes of a file to import, or a clear error when it is missing, a folder or too large. */
export const readImportFile = async (file: string): Promise<Uint8Array> => {
  const stat = await fs.stat(file).catch((error: Error) => {
    throw new CliError(`Cannot read ${file}: ${error.message}`)
  })
  if (!stat.isFile()) throw new CliError(`Cannot read ${file}: it is not a file.`)
  if (stat.size > maxImportFileBytes) {
    throw new CliError(
      `${file} is ${megabytes(stat.size)}: Rapport imports files of up to ${megabytes(maxImportFileBytes)}.`,
    )
  }
  const bytes = await fs.readFile(file).catch((error: Error) => {
    throw new CliError(`Cannot read ${file}: ${error.message}`)
  })
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
