import Papa from 'papaparse'
import type { HeaderTest } from './findCsvHeader'
import { findCsvHeader } from './findCsvHeader'

/** One data row of a CSV file and the 1-based line it starts on. */
export type CsvRow = { line: number; cells: string[] }

/** A CSV file read from its header row on. */
export type CsvTable = {
  headers: string[]
  rows: CsvRow[]
  /** The line of a row whose quoted value never closes (it swallows the rest of the file), or null. */
  unclosedQuoteLine: number | null
}

const countLineBreaks = (text: string, from: number, to: number): number => {
  let count = 0
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i)
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count += 1
  }
  return count
}

const isBlank = (cells: string[]): boolean => cells.every((cell) => cell.trim() === '')

/**
 * Reads a CSV file whose header row passes `isHeader` (see `findCsvHeader`): the headers, then every non-blank
 * row with the line it starts on, counting the line breaks inside quoted values. Null when no header is found.
 */
export const readCsvTable = (text: string, isHeader: HeaderTest): CsvTable | null => {
  const header = findCsvHeader(text, isHeader)
  if (header === null) return null
  const rows: CsvRow[] = []
  let unclosedQuoteLine: number | null = null
  let rowStart = header.offset
  let line = header.line
  let isHeaderRow = true
  Papa.parse<string[]>(text.slice(header.offset), {
    delimiter: header.delimiter,
    step: ({ data, errors, meta }) => {
      const rowEnd = header.offset + meta.cursor
      const rowLine = line
      line += countLineBreaks(text, rowStart, rowEnd)
      rowStart = rowEnd
      if (isHeaderRow) {
        isHeaderRow = false
      } else if (errors.some((e) => e.code === 'MissingQuotes')) {
        unclosedQuoteLine = rowLine
      } else if (!isBlank(data)) {
        rows.push({ line: rowLine, cells: data })
      }
    },
  })
  return { headers: header.cells, rows, unclosedQuoteLine }
}
