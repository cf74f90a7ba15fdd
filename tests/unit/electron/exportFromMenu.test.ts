import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RapportClient } from '../../../shared/api/client'
import { exportCsv } from '../../../shared/export/exportCsv'
import { exportVcards } from '../../../shared/export/exportVcards'
import { makeExport, makeExportedContact } from '../shared/export/exportBuilders'

const electron = vi.hoisted(() => ({
  dialog: { showSaveDialog: vi.fn(), showMessageBox: vi.fn(), showErrorBox: vi.fn() },
  shell: { showItemInFolder: vi.fn() },
}))
vi.mock('electron', () => electron)

const { exportFromMenu } = await import('../../../electron/main/exportFromMenu')

const exported = makeExport([
  makeExportedContact({ id: 'ada', firstName: 'Ada', lastName: 'Lovelace' }),
  makeExportedContact({ id: 'grace', firstName: 'Grace', lastName: 'Hopper' }),
])
const window = { id: 1 }
let dir: string

/** A menu context whose core answers `export.json` with `answer`, on 26 November 2026. */
const contextAnswering = (answer: () => Promise<unknown>) => ({
  client: { call: vi.fn(answer) } as unknown as RapportClient,
  now: () => new Date(2026, 10, 26, 9, 30),
  defaultDir: '/home/ada/Documents',
})
const core = () => contextAnswering(async () => exported)
const chooses = (filePath: string) => electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath })

beforeEach(async () => {
  vi.clearAllMocks()
  electron.dialog.showMessageBox.mockResolvedValue({ response: 0 })
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-menu-export-'))
})
afterEach(() => fs.rm(dir, { recursive: true, force: true }))

describe('exportFromMenu', () => {
  it('asks where to save, starting from a file named after today in the default folder', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    await exportFromMenu(core(), 'vcard', window as never)
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      title: 'Export vCard',
      defaultPath: path.join('/home/ada/Documents', 'rapport-2026-11-26.vcf'),
      filters: [{ name: 'vCard', extensions: ['vcf'] }],
    })
  })

  it('writes nothing and asks the core nothing when the dialog is cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    const context = core()
    await exportFromMenu(context, 'json')
    expect(context.client.call).not.toHaveBeenCalled()
    expect(await fs.readdir(dir)).toEqual([])
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled()
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled()
  })

  it('writes the JSON export to the chosen file and says so', async () => {
    const file = path.join(dir, 'mine.json')
    chooses(file)
    await exportFromMenu(core(), 'json', window as never)
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toEqual(exported)
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ message: 'Exported 2 contacts as JSON', detail: file }),
    )
  })

  it('writes the contacts as CSV or vCard, as the command line does', async () => {
    chooses(path.join(dir, 'contacts.csv'))
    await exportFromMenu(core(), 'csv')
    chooses(path.join(dir, 'contacts.vcf'))
    await exportFromMenu(core(), 'vcard')
    expect(await fs.readFile(path.join(dir, 'contacts.csv'), 'utf8')).toBe(exportCsv(exported))
    expect(await fs.readFile(path.join(dir, 'contacts.vcf'), 'utf8')).toBe(exportVcards(exported))
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ title: 'Export CSV' }))
  })

  it('shows the file in its folder when asked', async () => {
    const file = path.join(dir, 'mine.json')
    chooses(file)
    electron.dialog.showMessageBox.mockResolvedValue({ response: 1 })
    await exportFromMenu(core(), 'json')
    expect(electron.shell.showItemInFolder).toHaveBeenCalledWith(file)
  })

  it('shows an error box when the core cannot export, and writes nothing', async () => {
    chooses(path.join(dir, 'mine.json'))
    await exportFromMenu(
      contextAnswering(async () => Promise.reject(new Error('The vault is closing.'))),
      'json',
    )
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Could not export', 'The vault is closing.')
    expect(await fs.readdir(dir)).toEqual([])
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled()
  })

  it('shows an error box when the file cannot be written', async () => {
    chooses(path.join(dir, 'no-such-folder', 'mine.json'))
    await exportFromMenu(core(), 'csv')
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Could not export', expect.stringContaining('ENOENT'))
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled()
  })
})
