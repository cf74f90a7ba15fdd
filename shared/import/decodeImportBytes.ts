import { firstInvalidUtf8Offset } from './firstInvalidUtf8Offset'

/** Decoded text, or why the bytes are not a text file Rapport can read. */
export type DecodeOutcome = { ok: true; value: string } | { ok: false; error: string }

const binaryProbeLength = 8 * 1024

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b)

const binaryFile: DecodeOutcome = {
  ok: false,
  error:
    'This is not a text file (it may be a spreadsheet, an archive or an image). Choose the .csv or .vcf file from your export, or save a spreadsheet as CSV (UTF-8) first.',
}

const checkNotEmpty = (text: string): DecodeOutcome =>
  text.trim() === '' ? { ok: false, error: 'The file is empty.' } : { ok: true, value: text }

const decodeUtf16 = (bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeOutcome => {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2))
    return text.slice(0, binaryProbeLength).includes('\u0000') ? binaryFile : checkNotEmpty(text)
  } catch {
    return { ok: false, error: 'The file is not valid UTF-16 text. Export it again as UTF-8.' }
  }
}

/**
 * Turns the bytes of an import file into text: UTF-8 (a byte-order mark is dropped), or UTF-16 LE/BE when the file
 * starts with their byte-order mark. Anything else is refused with a message that says what to do.
 */
export const decodeImportBytes = (bytes: Uint8Array): DecodeOutcome => {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le')
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be')
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes
  if (body.subarray(0, binaryProbeLength).includes(0)) return binaryFile
  try {
    return checkNotEmpty(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body))
  } catch {
    const offset = firstInvalidUtf8Offset(bytes)
    return {
      ok: false,
      error: `The file is not valid UTF-8 text (first bad byte at offset ${offset}). Export it again as UTF-8.`,
    }
  }
}
