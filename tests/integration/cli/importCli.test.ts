import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, startServe } from '../../helpers/runCli'
import { tempDataDir } from '../../helpers/tempDataDir'

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/import', name)
const connections = fixture('linkedin/Connections.csv')

const importJson = async (dir: string, ...args: string[]) => {
  const run = await runCli(['--data-dir', dir, 'import', ...args, '--json'])
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout)
}
const listed = async (dir: string) =>
  JSON.parse((await runCli(['--data-dir', dir, 'contacts', 'list', '--json'])).stdout) as Array<{
    firstName: string
    lastName: string
    tags: string[]
    stageId: string
  }>

/** A LinkedIn export with `rows` distinct people. */
const bigLinkedinExport = async (dir: string, rows: number): Promise<string> => {
  const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On']
  for (let i = 0; i < rows; i++) {
    lines.push(`First${i},Last${i},https://www.linkedin.com/in/person-${i},,Company ${i % 50},Engineer,01 Jan 2020`)
  }
  const file = `${dir}-Connections.csv`
  await fs.writeFile(file, lines.join('\r\n'))
  return file
}

describe('rapport import', () => {
  it('prints the stages, interactions and goals a Rapport export adds, next to the usual fields', async () => {
    const dir = await tempDataDir()

    expect(await importJson(dir, fixture('json/rapport-export.json'))).toEqual({
      format: 'json',
      rows: 2,
      created: 2,
      updated: 0,
      duplicates: 0,
      skipped: 0,
      errors: [],
      stages: 0,
      interactions: 1,
      goals: 1,
    })
  })

  it('imports a LinkedIn export once, and a second time changes nothing', async () => {
    const dir = await tempDataDir()

    expect(await importJson(dir, connections)).toEqual({
      format: 'linkedin',
      rows: 14,
      created: 13,
      updated: 0,
      duplicates: 1,
      skipped: 0,
      errors: [],
    })
    expect(await listed(dir)).toHaveLength(13)
    expect(await importJson(dir, connections)).toMatchObject({ rows: 14, created: 0, updated: 0, duplicates: 14 })
    expect(await listed(dir)).toHaveLength(13)
  })

  it('shows what it would do with --dry-run, and writes nothing', async () => {
    const dir = await tempDataDir()

    const run = await runCli(['--data-dir', dir, 'import', connections, '--dry-run'])

    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toBe(
      'Dry run: importing Connections.csv (LinkedIn) would give 13 new, 0 updated, 1 duplicate, 0 skipped. Nothing was written.\n',
    )
    expect(await listed(dir)).toEqual([])
  })

  it('puts new contacts in the stage given, with the tags given', async () => {
    const dir = await tempDataDir()

    await importJson(dir, connections, '--stage', 'reached out', '--tag', 'linkedin', '--tag', '2026')

    const stages = JSON.parse((await runCli(['--data-dir', dir, 'stages', 'list', '--json'])).stdout)
    const reachedOut = stages.find((s: { name: string }) => s.name === 'Reached out')
    expect(reachedOut.contacts).toBe(13)
    expect((await listed(dir)).every((c) => c.tags.includes('linkedin') && c.tags.includes('2026'))).toBe(true)
  })

  it('lists the records it could not read, with their lines', async () => {
    const dir = await tempDataDir()

    const summary = await importJson(dir, fixture('vcard/truncated.vcf'))

    expect(summary).toMatchObject({ format: 'vcard', skipped: 1, errors: [{ line: expect.any(Number) }] })
    expect(summary.errors[0].message).toMatch(/\w/)
  })

  it('merges a Google export into the people a LinkedIn export brought', async () => {
    const dir = await tempDataDir()
    await importJson(dir, connections)

    const summary = await importJson(dir, fixture('google/contacts.csv'), '--format', 'google')

    expect(summary).toMatchObject({ format: 'google', created: 1, updated: 1 })
    expect((await listed(dir)).filter((c) => c.firstName === 'Amara')).toHaveLength(1)
  })

  it('exits 1 with the reason when the file is missing, too large or not an export', async () => {
    const dir = await tempDataDir()
    const missing = await runCli(['--data-dir', dir, 'import', `${dir}-nothing.csv`])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/^rapport: Cannot read .*nothing\.csv: ENOENT/)

    const huge = `${dir}-huge.csv`
    await fs.writeFile(huge, '')
    await fs.truncate(huge, 251 * 1024 * 1024)
    const tooLarge = await runCli(['--data-dir', dir, 'import', huge])
    expect(tooLarge.code).toBe(1)
    expect(tooLarge.stderr).toMatch(/is 251 MB: Rapport imports files of up to 250 MB/)
    await fs.rm(huge)

    const notAnExport = await runCli(['--data-dir', dir, 'import', fixture('other/bank-statement.csv')])
    expect(notAnExport.code).toBe(1)
    expect(notAnExport.stderr).toMatch(/^rapport: This file is not a LinkedIn, Google Contacts or vCard export/)
    expect(notAnExport.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('sends a large file in batches, and shows on stderr how far reading and saving got', async () => {
    const dir = await tempDataDir()
    const file = await bigLinkedinExport(dir, 6_000)

    const run = await runCli(['--data-dir', dir, 'import', file, '--json'])

    const saved = Array.from({ length: 12 }, (_, i) => `Saving… ${((i + 1) * 500).toLocaleString('en-US')} / 6,000`)
    expect(run.code).toBe(0)
    expect(run.stderr.trim().split('\n')).toEqual([
      'Reading… 2,000 / 6,000',
      'Reading… 4,000 / 6,000',
      'Reading… 6,000 / 6,000',
      ...saved,
    ])
    expect(JSON.parse(run.stdout)).toMatchObject({ rows: 6_000, created: 6_000 })
    await fs.rm(file)
  })

  it('goes through the running instance while `rapport serve` owns the vault', async () => {
    const dir = await tempDataDir()
    const serve = await startServe(dir)
    try {
      expect(await importJson(dir, connections)).toMatchObject({ created: 13 })
      expect(await listed(dir)).toHaveLength(13)
    } finally {
      expect(await serve.stop()).toBe(0)
    }
  })
})
