import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { exportCsv } from '../../../../shared/export/exportCsv'
import { makeExport, makeExportedContact } from './exportBuilders'

const readBack = (csv: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data

const zoe = makeExportedContact({
  firstName: 'Zoë',
  lastName: 'Dupont-"Z"',
  company: 'École, Ltd.',
  position: 'Directrice\nR&D',
  emails: ['zoe@ecole.example', 'z@home.example'],
  phones: ['+33 1 23 45 67 89'],
  linkedinUrl: 'https://www.linkedin.com/in/zoe',
  location: 'Paris, France',
  stage: 'Champion',
  tags: ['ai', 'paris'],
  communities: ['Women in Tech'],
  offer: 'Intros to ML folks',
  notes: 'Met at "NeurIPS";\r\nlikes tea',
  cadenceDays: 30,
  connectedOn: '2024-03-01',
  createdAt: '2024-03-01T10:00:00.000Z',
  updatedAt: '2025-01-02T08:15:00.000Z',
})

describe('exportCsv', () => {
  it('starts with a byte order mark and ends every line with CRLF', () => {
    const csv = exportCsv(makeExport([makeExportedContact({ firstName: 'Ada' })]))
    expect(csv.startsWith('\uFEFFFirst Name,Last Name,Company,Position,Emails,Phones,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false)
  })

  it('reads back with papaparse to the exact values, one row per contact', () => {
    const rows = readBack(exportCsv(makeExport([zoe, makeExportedContact({ firstName: 'Ada' })])))
    expect(rows).toHaveLength(2)
    expect(rows[0]).toEqual({
      'First Name': 'Zoë',
      'Last Name': 'Dupont-"Z"',
      Company: 'École, Ltd.',
      Position: 'Directrice\nR&D',
      Emails: 'zoe@ecole.example; z@home.example',
      Phones: '+33 1 23 45 67 89',
      'LinkedIn URL': 'https://www.linkedin.com/in/zoe',
      Location: 'Paris, France',
      Stage: 'Champion',
      Tags: 'ai; paris',
      Communities: 'Women in Tech',
      'What I can offer': 'Intros to ML folks',
      Notes: 'Met at "NeurIPS";\r\nlikes tea',
      'Keep in touch (days)': '30',
      'Connected On': '2024-03-01',
      Created: '2024-03-01T10:00:00.000Z',
      Updated: '2025-01-02T08:15:00.000Z',
    })
    expect(rows[1]).toMatchObject({ 'First Name': 'Ada', 'Keep in touch (days)': '', 'Connected On': '' })
  })

  it('defuses a cell a spreadsheet would run as a formula, but not a phone number', () => {
    const [row] = readBack(
      exportCsv(makeExport([makeExportedContact({ firstName: '=HYPERLINK("x")', phones: ['-1 (555) 0100'] })])),
    )
    expect(row['First Name']).toBe(`'=HYPERLINK("x")`)
    expect(row.Phones).toBe('-1 (555) 0100')
  })

  it('writes only the header for an empty vault', () => {
    expect(readBack(exportCsv(makeExport([])))).toEqual([])
  })
})
