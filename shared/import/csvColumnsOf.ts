import Papa from 'papaparse'

const maxListed = 8

/** The column names of a CSV file (its first non-blank line), for telling the user what the file seems to be. */
export const csvColumnsOf = (text: string): string[] => {
  const firstLine = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .find((line) => line.trim() !== '')
  if (firstLine === undefined) return []
  const cells = (Papa.parse<string[]>(firstLine).data[0] ?? []).map((c) => c.trim()).filter((c) => c !== '')
  if (cells.length < 2) return []
  return cells.length > maxListed ? [...cells.slice(0, maxListed), '…'] : cells
}
