import { describe, expect, it } from 'vitest'
import { exportFormats } from '../../../renderer/src/settings/exportFiles'

describe('exportFormats', () => {
  it('offers JSON, CSV and vCard with their extensions', () => {
    expect(exportFormats.map((f) => [f.label, f.extension])).toEqual([
      ['Export JSON', 'json'],
      ['Export CSV', 'csv'],
      ['Export vCard', 'vcf'],
    ])
  })
})
