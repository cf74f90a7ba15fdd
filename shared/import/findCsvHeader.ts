import Papa from 'papaparse'

/** Where a CSV file's header row is, and how its cells are separated. */
export type CsvHeader = {
  cells: string[]
  delimiter: string
  /** Offset of the header row in the text. */
  offset: number
  /** 1-based line of the header row. */
  line: number
}

/** Decides whether a row's (trimmed) cells are the header a parser is looking for. */
export type HeaderTest = (cells: string[]) => boolean

// LinkedIn puts three lines before its header; leave room for other preambles, but not for scanning a whole file.
const maxLinesBeforeHeader = 20
// Exports use commas; a file opened and saved again by a spreadsheet in many European locales uses semicolons.
const delimiters = [',', ';', '\t']

const splitRow = (line: string, delimiter: string): string[] =>
  (Papa.parse<string[]>(line, { delimiter }).data[0] ?? []).map((cell) => cell.replace(/^\uFEFF/, '').trim())

/**
 * Finds the header row of a CSV file by what it says rather than where it is: the first line (of the first 20)
 * whose cells, split on a comma, a semicolon or a tab, pass `isHeader`. Null when there is none.
 */
export const findCsvHeader = (text: string, isHeader: HeaderTest): CsvHeader | null => {
  const lineBreak = /\r\n|\n|\r/g
  let offset = 0
  for (let line = 1; line <= maxLinesBeforeHeader && offset < text.length; line += 1) {
    const match = lineBreak.exec(text)
    const end = match === null ? text.length : match.index
    const row = text.slice(offset, end)
    for (const delimiter of delimiters) {
      const cells = row.includes(delimiter) ? splitRow(row, delimiter) : []
      if (cells.length > 1 && isHeader(cells)) return { cells, delimiter, offset, line }
    }
    if (match === null) break
    offset = end + match[0].length
  }
  return null
}
