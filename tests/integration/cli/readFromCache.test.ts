import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startRapport } from '../../../electron/core/startRapport'
import { readModelCacheFile } from '../../../electron/core/workspace/readModelCacheFile'
import { runCli, startServe } from '../../helpers/runCli'
import { spawnServe } from '../../helpers/spawnServe'
import { tempDataDir } from '../../helpers/tempDataDir'

const dayMs = 24 * 60 * 60 * 1000
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const today = isoDay(Date.now())

/** Runs a command as a person would, saying on stderr whether it answered from the read-model cache. */
const rapport = (dir: string, ...args: string[]) =>
  runCli(['--data-dir', dir, ...args], { RAPPORT_READ_CACHE: 'report' })

/** Runs a command with the read-model cache set aside: it opens the documents. */
const fromDocuments = (dir: string, ...args: string[]) =>
  runCli(['--data-dir', dir, ...args], { RAPPORT_READ_CACHE: 'off' })

const answeredFromCache = (run: { stderr: string }) =>
  run.stderr.includes('the read-model cache is current') && !run.stderr.includes('opening the documents')

const addContact = async (dir: string, ...args: string[]): Promise<string> =>
  JSON.parse((await runCli(['--data-dir', dir, 'contacts', 'add', ...args, '--json'])).stdout).id

const firstNames = (stdout: string): string[] => JSON.parse(stdout).map((c: { firstName: string }) => c.firstName)

/** A vault with cadences, a moved card, goals, interactions this week and before, a reminder and a snooze. */
const habitVault = async (): Promise<string> => {
  const dir = await tempDataDir()
  const ada = await addContact(dir, '--first-name', 'Ada', '--company', 'Analytical', '--cadence', '14')
  const grace = await addContact(dir, '--first-name', 'Grace', '--tag', 'navy', '--cadence', '30')
  const alan = await addContact(dir, '--first-name', 'Alan', '--cadence', '7')
  await addContact(dir, '--first-name', 'Edsger')
  const cli = (...args: string[]) => runCli(['--data-dir', dir, ...args])
  await cli('goals', 'add', '--target', '3', '--per', 'week')
  await cli('goals', 'add', '--target', '2', '--per', 'month', '--types', 'call,meeting', '--distinct')
  await cli('goals', 'add', '--target', '4', '--per', 'quarter', '--tag', 'navy')
  await cli('log', ada, '--type', 'call', '--date', isoDay(Date.now() - dayMs))
  await cli('log', grace, '--type', 'meeting', '--date', isoDay(Date.now() - 3 * dayMs))
  await cli('log', alan, '--type', 'message', '--date', isoDay(Date.now() - 50 * dayMs))
  await cli('remind', grace, '--on', isoDay(Date.now() + 2 * dayMs), '--note', 'Send the paper')
  await cli('snooze', alan, '--until', isoDay(Date.now() + 5 * dayMs))
  const stages = JSON.parse((await cli('stages', 'list', '--json')).stdout) as Array<{ name: string }>
  await cli('contacts', 'move', ada, '--stage', stages[1].name)
  return dir
}

const readCommands: string[][] = [
  ['due', '--now', today, '--json'],
  ['due', '--now', today],
  ['due', '--now', isoDay(Date.now() + 20 * dayMs), '--limit', '2', '--json'],
  ['goals', 'list', '--now', today, '--json'],
  ['goals', 'list', '--now', today],
  ['contacts', 'list', '--json'],
  ['contacts', 'list', '--search', 'analytical'],
  ['stages', 'list', '--json'],
  ['stages', 'list'],
]

describe('read commands answered from the read-model cache', () => {
  it('print exactly what the documents say, for the queue, the goals, the contacts and the stages', async () => {
    const dir = await habitVault()
    for (const args of readCommands) {
      const cached = await rapport(dir, ...args)
      const documents = await fromDocuments(dir, ...args)
      expect(answeredFromCache(cached), `${args.join(' ')}: ${cached.stderr}`).toBe(true)
      expect(cached.code).toBe(0)
      expect(documents.code).toBe(0)
      expect(cached.stdout, args.join(' ')).toBe(documents.stdout)
    }
  })

  it('open the documents when asked about a time before the interactions the cache holds, and agree with them', async () => {
    const dir = await habitVault()
    const args = ['goals', 'list', '--now', '2020-01-15', '--json']
    const run = await rapport(dir, ...args)
    expect(run.stderr).toContain('opening the documents')
    expect(run.stdout).toBe((await fromDocuments(dir, ...args)).stdout)
  })

  it('leave the cache as it was when nothing changed, whether or not they opened the documents', async () => {
    const dir = await habitVault()
    await rapport(dir, 'contacts', 'list')
    const before = await fs.stat(readModelCacheFile(dir), { bigint: true })
    expect(answeredFromCache(await rapport(dir, 'due'))).toBe(true)
    expect((await rapport(dir, 'goals', 'list', '--now', '2020-01-15')).stderr).toContain('opening the documents')
    const after = await fs.stat(readModelCacheFile(dir), { bigint: true })
    expect(after.mtimeNs).toBe(before.mtimeNs)
    expect(answeredFromCache(await rapport(dir, 'contacts', 'list'))).toBe(true)
  })

  it('answer the truth after another process changed the vault without writing the cache', async () => {
    const dir = await tempDataDir()
    await addContact(dir, '--first-name', 'Ada')
    expect(answeredFromCache(await rapport(dir, 'contacts', 'list'))).toBe(true)
    // A process that leaves the cache alone: an older build, or one that stops before writing it.
    const other = await startRapport({ dataDir: dir, appVersion: '0.0.0-test', socket: false, readModelCache: false })
    await other.client.call('contacts.create', { firstName: 'Grace' })
    await other.stop()

    const list = await rapport(dir, 'contacts', 'list', '--json')
    expect(list.stderr).toContain('the read-model cache is not current')
    expect(firstNames(list.stdout)).toEqual(['Ada', 'Grace'])
    expect(answeredFromCache(await rapport(dir, 'contacts', 'list'))).toBe(true)
  })

  it('count the truth after another process changed only an interaction', async () => {
    const dir = await tempDataDir()
    const ada = await addContact(dir, '--first-name', 'Ada')
    await runCli(['--data-dir', dir, 'goals', 'add', '--target', '2', '--per', 'week', '--types', 'call'])
    const logged = JSON.parse((await runCli(['--data-dir', dir, 'log', ada, '--type', 'call', '--json'])).stdout)
    const counted = async () => JSON.parse((await rapport(dir, 'goals', 'list', '--json')).stdout)[0].count
    expect(await counted()).toBe(1)

    const other = await startRapport({ dataDir: dir, appVersion: '0.0.0-test', socket: false, readModelCache: false })
    await other.client.call('interactions.update', { id: logged.id, contactId: ada, fields: { type: 'message' } })
    await other.stop()

    expect(await counted()).toBe(0)
  })

  it('answer the truth after a running instance was killed before it could write the cache', async () => {
    const dir = await tempDataDir()
    await addContact(dir, '--first-name', 'Ada')
    const serve = await spawnServe(dir)
    expect((await runCli(['--data-dir', dir, 'contacts', 'add', '--first-name', 'Grace'])).code).toBe(0)
    serve.child.kill('SIGKILL')
    await new Promise((resolve) => serve.child.once('exit', resolve))

    const list = await rapport(dir, 'contacts', 'list', '--json')
    expect(answeredFromCache(list)).toBe(false)
    expect(firstNames(list.stdout)).toEqual(['Ada', 'Grace'])
  })

  it('answer the truth after an older copy of the documents was put back behind the cache', async () => {
    const dir = await tempDataDir()
    await addContact(dir, '--first-name', 'Ada')
    const copy = path.join(path.dirname(dir), 'automerge-copy')
    await fs.cp(path.join(dir, 'automerge'), copy, { recursive: true, preserveTimestamps: true })
    await addContact(dir, '--first-name', 'Grace')
    expect(firstNames((await rapport(dir, 'contacts', 'list', '--json')).stdout)).toEqual(['Ada', 'Grace'])

    await fs.rm(path.join(dir, 'automerge'), { recursive: true })
    await fs.cp(copy, path.join(dir, 'automerge'), { recursive: true, preserveTimestamps: true })
    const list = await rapport(dir, 'contacts', 'list', '--json')
    expect(list.stderr).toContain('the read-model cache is not current')
    expect(firstNames(list.stdout)).toEqual(['Ada'])
  })

  it('answer the truth after a backup was restored over a newer vault', async () => {
    const dir = await tempDataDir()
    await addContact(dir, '--first-name', 'Ada')
    const backup = path.join(path.dirname(dir), 'ada.rapport-backup.json.gz')
    expect((await runCli(['--data-dir', dir, 'backup', '--out', backup])).code).toBe(0)
    await addContact(dir, '--first-name', 'Grace')
    expect(answeredFromCache(await rapport(dir, 'contacts', 'list'))).toBe(true)

    expect((await runCli(['--data-dir', dir, 'restore', backup, '--yes'])).code).toBe(0)
    const list = await rapport(dir, 'contacts', 'list', '--json')
    expect(answeredFromCache(list)).toBe(false)
    expect(firstNames(list.stdout)).toEqual(['Ada'])
  })

  it('go through a running instance when there is one, and agree with the documents', async () => {
    const dir = await habitVault()
    const args = ['due', '--now', today, '--json']
    const expected = (await fromDocuments(dir, ...args)).stdout
    const serve = await startServe(dir)
    try {
      const run = await rapport(dir, ...args)
      expect(run.stderr).toContain('asking the running instance')
      expect(run.stdout).toBe(expected)
    } finally {
      expect(await serve.stop()).toBe(0)
    }
  })
})
