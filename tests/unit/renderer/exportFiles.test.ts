import { describe, expect, it } from 'vitest'
import { exportFileName, exportFormats } from '../../../renderer/src/settings/exportFiles'

describe('exportFileName', () => {
  it('names the file after the local date, zero-padded', () => {
    expect(exportFileName('csv', new Date(2026, 0, 5, 23, 59))).toBe('rapport-2026-01-05.csv')
    expect(exportFileName('vcf', new Date(2026, 10, 26))).toBe('rapport-2026-11-26.vcf')
  })
})

describe('exportFormats', () => {
  it('offers JSON, CSV and vCard with their extensions', () => {
    expect(exportFormats.map((f) => [f.label, f.extension])).toEqual([
      ['Export JSON', 'json'],
      ['Export CSV', 'csv'],
      ['Export vCard', 'vcf'],
    ])
  })
})
