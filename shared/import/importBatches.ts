/** Most bytes of records one `imports.add` call carries: well under the socket's 4 MB message limit. */
export const maxBatchBytes = 3_000_000

/** The length in bytes of a string once encoded as UTF-8, without encoding it. */
export const utf8Length = (text: string): number => {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/**
 * Splits records into batches of at most `maxCount` records and about `maxBytes` of JSON each,
 * so that a batch of long notes still fits one message. A record is never split.
 */
export const batchesOf = <T>(records: readonly T[], maxCount: number, maxBytes = maxBatchBytes): T[][] => {
  const batches: T[][] = []
  let batch: T[] = []
  let bytes = 0
  for (const record of records) {
    const size = utf8Length(JSON.stringify(record)) + 1
    if (batch.length && (batch.length >= maxCount || bytes + size > maxBytes)) {
      batches.push(batch)
      batch = []
      bytes = 0
    }
    batch.push(record)
    bytes += size
  }
  if (batch.length) batches.push(batch)
  return batches
}
