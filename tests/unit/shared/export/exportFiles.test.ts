import { describe, expect, it } from 'vitest'
import { exportFileKinds, exportFileName, isExportKind } from '../../../../shared/export/exportFiles'
import { exportCsv } from '../../../../shared/export/exportCsv'
import { exportVcards } from '../../../../shared/export/exportVcards'
import { makeExport, makeExportedContact } from './exportBuilders'

describe('exportFileName', () => {
  it('names the file after the local date, zero-padded', () => {
    expect(exportFileName('csv', new Date(2026, 0, 5, 23, 59))).toBe('rapport-2026-01-05.csv')
    expect(exportFileName('vcf', new Date(2026, 10, 26))).toBe('rapport-2026-11-26.vcf')
  })
})

describe('exportFileKinds', () => {
  const exported = makeExport([makeExportedContact({ firstName: 'Ada' })])

  it('writes JSON as the export itself, indented, ending with a new line', () => {
    const text = exportFileKinds.json.write(exported)
    expect(JSON.parse(text)).toEqual(exported)
    expect(text.endsWith('}\n')).toBe(true)
  })

  it('writes CSV and vCard files with their own writers and extensions', () => {
    expect(exportFileKinds.csv.write(exported)).toBe(exportCsv(exported))
    expect(exportFileKinds.vcard.write(exported)).toBe(exportVcards(exported))
    expect(Object.values(exportFileKinds).map((kind) => kind.extension)).toEqual(['json', 'csv', 'vcf'])
  })

  it('knows its kinds and nothing else', () => {
    expect(['json', 'csv', 'vcard'].every(isExportKind)).toBe(true)
    expect(isExportKind('toString')).toBe(false)
    expect(isExportKind('pdf')).toBe(false)
  })
})
