import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { prepareImport } from '../../../renderer/src/import/prepareImport'
import { previewTables } from '../../../renderer/src/import/previewRows'

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/import', name)))

describe('prepareImport', () => {
  it('reads the LinkedIn sample and finds its format', () => {
    const outcome = prepareImport(fixture('linkedin/Connections.csv'))

    expect(outcome.ok && outcome.value.format).toBe('linkedin')
    expect(outcome.ok && outcome.value.contacts.map((c) => c.firstName)).toContain('Amara')
  })

  it('answers the parser’s message for a file it cannot read', () => {
    const outcome = prepareImport(new TextEncoder().encode('what,ever\n1,2\n'))

    expect(outcome).toEqual({ ok: false, error: expect.stringContaining('its columns are: what, ever') })
  })
})

describe('previewTables', () => {
  it('names the person of each in-file duplicate from the file and leaves out empty lists', () => {
    const outcome = prepareImport(fixture('linkedin/Connections.csv'))
    if (!outcome.ok) throw new Error(outcome.error)

    const tables = previewTables(
      { counts: {} as never, reviews: [], skipped: [], inFileDuplicates: [{ line: 15, sameAsLine: 7 }] },
      outcome.value.contacts,
    )

    expect(tables).toHaveLength(1)
    expect(tables[0]?.rows).toEqual([[15, 'Priya Raman', 7]])
  })
})
