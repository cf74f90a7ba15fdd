import type { SkippedRecord } from './importedContact'

/** Keeps the first record of each key; a later one becomes a skipped line naming the first. */
export const firstOfEach = <T>(
  records: T[],
  lines: number[],
  keyOf: (record: T) => string,
  what: (record: T) => string,
  skipped: SkippedRecord[],
): Array<{ record: T; line: number }> => {
  const firstLine = new Map<string, number>()
  const kept: Array<{ record: T; line: number }> = []
  records.forEach((record, i) => {
    const line = lines[i] ?? 1
    const first = firstLine.get(keyOf(record))
    if (first !== undefined)
      skipped.push({ line, reason: `${what(record)} appears twice in the file (first on line ${first})` })
    else {
      firstLine.set(keyOf(record), line)
      kept.push({ record, line })
    }
  })
  return kept
}
