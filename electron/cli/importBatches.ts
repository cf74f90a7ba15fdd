/** Most bytes of records one `imports.add` call carries: well under the socket's 4 MB message limit. */
export const maxBatchBytes = 3_000_000

/**
 * Splits records into batches of at most `maxCount` records and about `maxBytes` of JSON each,
 * so that a batch of long notes still fits one message. A record is never split.
 */
export const batchesOf = <T>(records: readonly T[], maxCount: number, maxBytes = maxBatchBytes): T[][] => {
  const batches: T[][] = []
  let batch: T[] = []
  let bytes = 0
  for (const record of records) {
    const size = Buffer.byteLength(JSON.stringify(record)) + 1
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
