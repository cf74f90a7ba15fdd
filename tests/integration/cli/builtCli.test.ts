import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { builtCliEntry } from '../../../bin/builtCli.js'
import { runCli } from '../../helpers/runCli'
import { tempDataDir } from '../../helpers/tempDataDir'

const root = path.resolve(import.meta.dirname, '../../..')
const recorder = path.join(root, 'tests/helpers/recordImports/register.mjs')

const folders: string[] = []
const tempFolder = async () => {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rapport-built-'))
  folders.push(folder)
  return folder
}
afterEach(async () => {
  for (const folder of folders.splice(0)) await fs.rm(folder, { recursive: true, force: true })
})

/** Runs `rapport` and answers with the URLs of every module it loaded. */
const modulesLoadedBy = async (args: string[]): Promise<{ code: number | null; modules: string[] }> => {
  const file = path.join(await tempFolder(), 'imports.txt')
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', recorder, path.join(root, 'bin/rapport.js'), ...args], {
      env: { ...process.env, RAPPORT_RECORD_IMPORTS: file },
      stdio: 'ignore',
    })
    child.on('error', reject)
    child.on('close', resolve)
  })
  const modules = (await fs.readFile(file, 'utf8')).split('\n').filter(Boolean)
  return { code, modules }
}

describe('the built rapport command', () => {
  it('runs from the bundle, and `--help` loads neither Automerge nor the core', async () => {
    const { code, modules } = await modulesLoadedBy(['--help'])
    expect(code).toBe(0)
    expect(modules).toContain(pathToFileURL(path.join(root, 'out/cli/rapport.mjs')).href)
    expect(modules.filter((url) => url.endsWith('.ts'))).toEqual([])
    expect(modules.filter((url) => /automerge|startRapport|withClient|[\\/]ws[\\/]/.test(url))).toEqual([])
  })

  it('loads the core once a command reaches the vault, but not the WebSocket server or client', async () => {
    const { code, modules } = await modulesLoadedBy(['--data-dir', await tempDataDir(), 'stages', 'list'])
    expect(code).toBe(0)
    expect(modules.some((url) => url.includes('@automerge/automerge-repo'))).toBe(true)
    expect(modules.filter((url) => /node_modules[\\/]ws[\\/]|startSocketServer|connectToInstance/.test(url))).toEqual(
      [],
    )
  })

  it('answers read commands from a current cache without loading Automerge, automerge-repo or zod', async () => {
    const dataDir = await tempDataDir()
    expect((await runCli(['--data-dir', dataDir, 'goals', 'add', '--target', '3', '--per', 'week'])).code).toBe(0)
    for (const command of [['due'], ['contacts', 'list'], ['stages', 'list'], ['goals', 'list']]) {
      const { code, modules } = await modulesLoadedBy(['--data-dir', dataDir, ...command])
      expect(code).toBe(0)
      expect(
        modules.filter((url) => /automerge|zod|startRapport/.test(url)),
        command.join(' '),
      ).toEqual([])
    }
  })

  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(await fs.readFile(path.join(root, 'package.json'), 'utf8')) as { version: string }
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` })
  })

  it('serves the built UI from the project’s out/renderer', async () => {
    const uiDir = path.join(root, 'out/renderer')
    const built = await fs
      .access(path.join(uiDir, 'index.html'))
      .then(() => true)
      .catch(() => false)
    if (!built) {
      const refused = await runCli(['--data-dir', await tempDataDir(), 'serve', '--ui'])
      expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining(`(${uiDir} has no index.html)`) })
      return
    }
    const { spawnServe } = await import('../../helpers/spawnServe')
    const serve = await spawnServe(await tempDataDir(), { ui: true })
    try {
      const page = await fetch(serve.ready.httpUrl)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain('<div id="root">')
    } finally {
      await serve.stop()
    }
  })
})

describe('choosing between the bundle and the sources', () => {
  const fakeBuild = async () => {
    const folder = await tempFolder()
    await fs.mkdir(path.join(folder, 'out/cli'), { recursive: true })
    await fs.mkdir(path.join(folder, 'src'))
    const source = path.join(folder, 'src/main.ts')
    await fs.writeFile(source, 'export {}\n')
    const past = new Date(Date.now() - 60_000)
    await fs.utimes(source, past, past)
    const builtAt = Date.now() - 30_000
    await fs.writeFile(path.join(folder, 'out/cli/rapport.mjs'), '')
    await fs.writeFile(
      path.join(folder, 'out/cli/build.json'),
      JSON.stringify({ builtAt, entry: 'rapport.mjs', inputs: ['src/main.ts'] }),
    )
    return { folder, source, builtAt, entry: pathToFileURL(path.join(folder, 'out/cli/rapport.mjs')).href }
  }

  it('runs the bundle when no source changed since it was built', async () => {
    const build = await fakeBuild()
    expect(builtCliEntry(build.folder, {})).toBe(build.entry)
  })

  it('runs the sources once one of them changed after the build started', async () => {
    const build = await fakeBuild()
    const later = new Date(build.builtAt + 1_000)
    await fs.utimes(build.source, later, later)
    expect(builtCliEntry(build.folder, {})).toBeNull()
  })

  it('runs the sources when one of them is gone, or the bundle is', async () => {
    const build = await fakeBuild()
    await fs.rm(build.source)
    expect(builtCliEntry(build.folder, {})).toBeNull()
    const other = await fakeBuild()
    await fs.rm(path.join(other.folder, 'out/cli/rapport.mjs'))
    expect(builtCliEntry(other.folder, {})).toBeNull()
  })

  it('runs the sources when there is no build, or a damaged one, or RAPPORT_CLI_SOURCE=1 asks for them', async () => {
    expect(builtCliEntry(await tempFolder(), {})).toBeNull()
    const damaged = await fakeBuild()
    await fs.writeFile(path.join(damaged.folder, 'out/cli/build.json'), '{"builtAt":')
    expect(builtCliEntry(damaged.folder, {})).toBeNull()
    const build = await fakeBuild()
    expect(builtCliEntry(build.folder, { RAPPORT_CLI_SOURCE: '1' })).toBeNull()
  })
})
