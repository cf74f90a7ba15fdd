import { describe, expect, it } from 'vitest'
import { runCli } from '../../helpers/runCli'
import { tempDataDir } from '../../helpers/tempDataDir'

describe('rapport communities', () => {
  it('adds communities, lists them with their kind and members, and joins and leaves one by name', async () => {
    const dir = await tempDataDir()
    const rust = await runCli(['--data-dir', dir, 'communities', 'add', 'Rust Berlin', '--kind', 'meetup', '--json'])
    expect(rust.code).toBe(0)
    const { id } = JSON.parse(rust.stdout)
    await runCli(['--data-dir', dir, 'communities', 'add', 'PyData', '--url', 'https://pydata.org', '--member'])

    const joined = await runCli(['--data-dir', dir, 'communities', 'join', 'rust berlin'])
    expect(joined.stdout).toContain('You are a member of Rust Berlin.')
    const listed = await runCli(['--data-dir', dir, 'communities', 'list'])
    expect(listed.stdout.split('\n')).toEqual([
      expect.stringMatching(/^COMMUNITY\s+KIND\s+CONTACTS\s+MEMBER\s+ID$/),
      expect.stringMatching(/^PyData\s+other\s+0\s+yes\s+cm\w+$/),
      expect.stringMatching(new RegExp(`^Rust Berlin\\s+meetup\\s+0\\s+yes\\s+${id}$`)),
      '',
    ])

    await runCli(['--data-dir', dir, 'communities', 'join', id, '--leave'])
    const json = JSON.parse((await runCli(['--data-dir', dir, 'communities', 'list', '--json'])).stdout)
    expect(json.map((c: { name: string; member: boolean }) => [c.name, c.member])).toEqual([
      ['PyData', true],
      ['Rust Berlin', false],
    ])
  })

  it('refuses a name already taken, an unknown kind and an unknown community, with exit code 1 or 2', async () => {
    const dir = await tempDataDir()
    await runCli(['--data-dir', dir, 'communities', 'add', 'Rust Berlin'])

    const taken = await runCli(['--data-dir', dir, 'communities', 'add', 'RUST BERLIN'])
    expect(taken.code).toBe(1)
    expect(taken.stderr).toContain('already a community called "Rust Berlin"')
    expect((await runCli(['--data-dir', dir, 'communities', 'add', 'X', '--kind', 'club'])).code).toBe(2)
    const unknown = await runCli(['--data-dir', dir, 'communities', 'join', 'Nowhere'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('No community named "Nowhere"')
  })
})
