import { execFileSync, spawnSync } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { canUseNetns, createNetnsLab, netnsPrefix, sweepLeftoverNamespaces } from '../../helpers/netns'

const namespaces = (): string[] =>
  execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.split(' ')[0])
    .filter(Boolean)

const made: string[] = []
afterEach(() => {
  for (const name of made.splice(0)) spawnSync('ip', ['netns', 'delete', name])
})

// The harness needs root and iproute2; without them the tests that use it are skipped, and so is this.
describe.skipIf(!canUseNetns)('the network namespace lab', () => {
  it('gives each host only its loopback and its link to the lab, with no route out of the lab', async () => {
    const lab = await createNetnsLab(2)
    const [a] = lab.hosts

    const links = a.exec('ip', '-o', 'link', 'show').split('\n').filter(Boolean)
    const routes = a.exec('ip', 'route', 'show').trim().split('\n')

    expect(links.map((line) => line.split(': ')[1].split('@')[0])).toEqual(['lo', 'eth0'])
    expect(routes.map((line) => line.split(' ')[0]).sort()).toEqual(['10.231.1.0/24', '224.0.0.0/4'])
    expect(a.exec('ip', '-4', '-o', 'addr', 'show', 'dev', 'eth0')).toContain('inet 10.231.1.1/24')
  })

  it('removes every namespace it made, and the processes in them, when destroyed', async () => {
    const lab = await createNetnsLab(3)
    const mine = namespaces().filter((name) => name.startsWith(netnsPrefix))
    expect(mine).toHaveLength(4)
    const child = lab.hosts[0].runNode('tests/integration/sync/peers/lanDiscoveryPeer.ts', ['47601', '60000'])
    await child.waitForLine((line) => line.event === 'ready', 20_000)

    await lab.destroy()

    expect(namespaces().filter((name) => mine.includes(name))).toEqual([])
    expect(await child.exited).toBe(null)
  })

  it('sweeps the namespaces a crashed run left behind, and leaves those of a live run alone', () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!
    const leftover = `rpt-${deadPid}-1-hub`
    const live = `rpt-${process.ppid}-1-hub`
    for (const name of [leftover, live]) {
      execFileSync('ip', ['netns', 'add', name])
      made.push(name)
    }

    const swept = sweepLeftoverNamespaces()

    expect(swept).toContain(leftover)
    expect(namespaces()).not.toContain(leftover)
    expect(namespaces()).toContain(live)
  })

  it('refuses a lab of no hosts without making anything', async () => {
    const ours = () => namespaces().filter((name) => name.startsWith(netnsPrefix))
    const before = ours()
    await expect(createNetnsLab(0)).rejects.toThrow('A lab has 1 to 200 hosts, not 0')
    expect(ours()).toEqual(before)
  })
})
