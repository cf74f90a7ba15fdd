import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import type { ImportedContact, ParseOutcome, ParsedImport } from '../../../../shared/import/importedContact'
import { makeImported } from '../../../helpers/importFactories'

/** The bytes of a file under `tests/fixtures/import/`. */
export const fixtureBytes = (path: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/import/${path}`, import.meta.url)))

/** The text of a UTF-8 file under `tests/fixtures/import/`. */
export const fixtureText = (path: string): string => new TextDecoder().decode(fixtureBytes(path))

/** UTF-8 bytes of `text`. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

/** An `ImportedContact` with every field empty but the ones given: for exact expectations. */
export const makeImportedContact = (partial: Partial<ImportedContact> & { line: number }): ImportedContact =>
  makeImported({ firstName: '', lastName: '', ...partial })

/** The parsed import of an outcome that must have succeeded (fails the test with the error otherwise). */
export const parsed = (outcome: ParseOutcome): ParsedImport => {
  if (!outcome.ok) throw new Error(`expected the file to parse, got: ${outcome.error}`)
  return outcome.value
}

/** The error of an outcome that must have failed. */
export const errorOf = (outcome: { ok: true } | { ok: false; error: string }): string => {
  if (outcome.ok) throw new Error('expected the file to be refused')
  return outcome.error
}

/** The English header of LinkedIn's Connections.csv. */
export const linkedinHeader = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On']

/** The preamble LinkedIn writes before the header. */
export const linkedinPreamble =
  'Notes:\r\n"When exporting your connection data, you may notice that some emails are missing."\r\n\r\n'

/** A LinkedIn Connections.csv with the given header and rows, CRLF line ends, written as papaparse writes CSV. */
export const linkedinCsv = (
  rows: string[][],
  { header = linkedinHeader, preamble = linkedinPreamble, delimiter = ',' } = {},
): string => preamble + Papa.unparse([header, ...rows], { newline: '\r\n', delimiter }) + '\r\n'
