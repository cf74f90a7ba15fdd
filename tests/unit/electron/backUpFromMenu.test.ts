import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { RapportClient } from '../../../shared/api/client'
import { RapportError } from '../../../shared/api/errors'

const electron = vi.hoisted(() => ({
  dialog: { showMessageBox: vi.fn(), showErrorBox: vi.fn() },
  shell: { showItemInFolder: vi.fn() },
}))
vi.mock('electron', () => electron)

const { backUpFromMenu } = await import('../../../electron/main/backUpFromMenu')

const file = '/vault/backups/rapport-2026-11-26-093000.rapport-backup.json.gz'
const clientAnswering = (answer: () => Promise<unknown>) => ({ call: vi.fn(answer) }) as unknown as RapportClient

beforeEach(() => {
  vi.clearAllMocks()
  electron.dialog.showMessageBox.mockResolvedValue({ response: 0 })
})

describe('backUpFromMenu', () => {
  it('asks the core for a backup and says where it was written', async () => {
    const client = clientAnswering(async () => ({ file, bytes: 10, documents: 1, createdAt: '' }))
    await backUpFromMenu(client)
    expect(client.call).toHaveBeenCalledWith('vault.backup', {})
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Backup written', detail: file }),
    )
  })

  it('shows an error box when the backup fails', async () => {
    await backUpFromMenu(clientAnswering(async () => Promise.reject(new RapportError('unavailable', 'Disk full.'))))
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Could not back up', 'Disk full.')
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled()
  })
})
