import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  dialog: { showErrorBox: vi.fn() },
  safeStorage: {
    isEncryptionAvailable: vi.fn(() => false),
    getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
    // A stand-in for the platform's secret store: reversible, and not the plain text.
    encryptString: vi.fn((text: string) => Buffer.from(text).map((b) => b ^ 0x5a)),
    decryptString: vi.fn((sealed: Buffer) => Buffer.from(sealed.map((b) => b ^ 0x5a)).toString()),
  },
}))
vi.mock('electron', () => electron)
const core = vi.hoisted(() => ({ launchRapport: vi.fn() }))
vi.mock('../../../electron/core/launchRapport', () => core)

const { startCore } = await import('../../../electron/main/startCore')
const { safeStorageKeyProtection } = await import('../../../electron/main/safeStorageKeyProtection')
const { VaultBusyError } = await import('../../../electron/core/vault/openVault')
const { RapportError } = await import('../../../shared/api/errors')

const options = { dataDir: '/tmp/vault', appVersion: '1.2.3' }

describe('startCore', () => {
  beforeEach(() => {
    electron.dialog.showErrorBox.mockClear()
    core.launchRapport.mockReset()
    electron.safeStorage.isEncryptionAvailable.mockReturnValue(false)
  })

  it('starts the core on the vault with a local socket on 127.0.0.1', async () => {
    const running = { stop: vi.fn(), loaded: Promise.resolve() }
    core.launchRapport.mockResolvedValue(running)
    await expect(startCore(options)).resolves.toBe(running)
    expect(core.launchRapport).toHaveBeenCalledWith({
      ...options,
      socket: { host: '127.0.0.1', port: 0 },
      backups: true,
      reminders: { dueItems: expect.any(Function) },
      sync: { keyProtection: undefined },
    })
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled()
  })

  it('runs the sync peer with the device key wrapped by safeStorage when the platform can encrypt', async () => {
    electron.safeStorage.isEncryptionAvailable.mockReturnValue(true)
    core.launchRapport.mockResolvedValue({ stop: vi.fn(), loaded: Promise.resolve() })
    await startCore(options)
    const { keyProtection } = core.launchRapport.mock.calls[0][0].sync
    expect(keyProtection.kind).toBe('electron-safe-storage')
    const secret = Buffer.from('0badc0de'.repeat(16), 'hex')
    const wrapped: Buffer = keyProtection.wrap(secret)
    expect(wrapped.includes(secret)).toBe(false)
    expect(wrapped.toString('latin1')).not.toContain(secret.toString('hex'))
    expect(electron.safeStorage.encryptString).toHaveBeenCalled()
    expect(keyProtection.unwrap(wrapped)).toEqual(secret)
  })

  it('leaves the device key unwrapped on Linux when only the basic_text store is there, which protects nothing', () => {
    electron.safeStorage.isEncryptionAvailable.mockReturnValue(true)
    electron.safeStorage.getSelectedStorageBackend.mockReturnValueOnce('basic_text')
    expect(safeStorageKeyProtection('linux')).toBeUndefined()
    expect(safeStorageKeyProtection('darwin')?.kind).toBe('electron-safe-storage')
  })

  it('explains documents that cannot be loaded after launch, then gives up', async () => {
    const damaged = 'The workspace could not be read from storage (bad chunk). The vault may be damaged.'
    const onLoadFailed = vi.fn()
    core.launchRapport.mockResolvedValue({
      stop: vi.fn(),
      loaded: Promise.reject(new RapportError('unavailable', damaged)),
    })

    await startCore(options, onLoadFailed)
    await vi.waitFor(() => expect(onLoadFailed).toHaveBeenCalled())

    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Rapport could not open your data',
      expect.stringContaining(damaged),
    )
  })

  it('explains a vault locked by another process, and gives null', async () => {
    core.launchRapport.mockRejectedValue(new VaultBusyError({ pid: 4242, startedAt: 0, endpoint: null }))
    await expect(startCore(options)).resolves.toBeNull()
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0]
    expect(title).toBe('Rapport is already open')
    expect(message).toContain('pid 4242')
    expect(message).toContain('/tmp/vault')
  })

  it('explains a damaged vault in the words of the error, and gives null', async () => {
    const damaged = 'The workspace in storage is damaged or empty. Restore the vault from a backup.'
    core.launchRapport.mockRejectedValue(new RapportError('unavailable', damaged))
    await expect(startCore(options)).resolves.toBeNull()
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Rapport could not open your data',
      expect.stringContaining(damaged),
    )
  })
})
