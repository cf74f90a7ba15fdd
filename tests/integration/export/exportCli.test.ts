import fs from 'node:fs/promises'
import path from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { parseVcards } from '../../../shared/import/parseVcards'
import { runCli } from '../../helpers/runCli'
import { tempDataDir } from '../../helpers/tempDataDir'

const addZoe = (dir: string) =>
  runCli([
    '--data-dir',
    dir,
    'contacts',
    'add',
    '--first-name',
    'Zoë',
    '--last-name',
    'Dupont',
    '--company',
    'École, "Paris"',
    '--tag',
    'ai',
  ])

describe('rapport export csv and vcard', () => {
  it('writes a CSV file that reads back to the contact', async () => {
    const dir = await tempDataDir()
    await addZoe(dir)
    const out = path.join(path.dirname(dir), 'contacts.csv')
    const run = await runCli(['--data-dir', dir, 'export', 'csv', '--out', out])
    expect(run).toMatchObject({ code: 0, stderr: `Exported to ${out}\n` })
    const text = await fs.readFile(out, 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data
    expect(rows).toEqual([
      expect.objectContaining({ 'First Name': 'Zoë', Company: 'École, "Paris"', Tags: 'ai', Stage: 'Connected' }),
    ])
  })

  it('prints vCards that our importer reads back', async () => {
    const dir = await tempDataDir()
    await addZoe(dir)
    const run = await runCli(['--data-dir', dir, 'export', 'vcard'])
    expect(run.code).toBe(0)
    const outcome = parseVcards(run.stdout)
    expect(outcome.ok && outcome.value.contacts).toEqual([
      expect.objectContaining({ firstName: 'Zoë', lastName: 'Dupont', company: 'École, "Paris"', tags: ['ai'] }),
    ])
  })

  it('refuses an unknown format without opening the vault', async () => {
    const dir = await tempDataDir()
    const run = await runCli(['--data-dir', dir, 'export', 'xlsx'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Unknown export format "xlsx". Formats: json, csv, vcard.')
    await expect(fs.access(dir)).rejects.toThrow()
  })
})
