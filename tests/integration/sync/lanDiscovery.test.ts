import os from 'node:os'
import { describe, expect, it } from 'vitest'
import { canUseNetns, createNetnsLab, type NetnsProcess } from '../../helpers/netns'

const peer = 'tests/integration/sync/peers/lanDiscoveryPeer.ts'
const listener = 'tests/integration/sync/peers/mdnsListener.ts'
const forger = 'tests/integration/sync/peers/mdnsForger.ts'
type Line = { event: string; deviceId?: string; fingerprint?: string; host?: string; port?: number }
type DnsRecord = { event: 'record'; name: string; type: string; data: unknown }

const ready = (process: NetnsProcess) => process.waitForLine<Line>((line) => line.event === 'ready', 20_000)

// mDNS is multicast, which runs only inside network namespaces the test makes: that needs root and iproute2.
describe.skipIf(!canUseNetns)('LAN discovery between two hosts', () => {
  it('two devices in two network namespaces find each other by mDNS, and neither reports itself', async () => {
    const lab = await createNetnsLab(2)
    const [a, b] = [lab.hosts[0].runNode(peer, ['47601', '60000']), lab.hosts[1].runNode(peer, ['47602', '60000'])]
    const [aReady, bReady] = await Promise.all([ready(a), ready(b)])

    const aFoundB = await a.waitForLine<Line>((line) => line.event === 'found', 20_000)
    const bFoundA = await b.waitForLine<Line>((line) => line.event === 'found', 20_000)

    expect(aFoundB).toEqual({
      event: 'found',
      deviceId: bReady.deviceId,
      fingerprint: bReady.fingerprint,
      host: lab.hosts[1].address,
      port: 47602,
    })
    expect(bFoundA).toEqual({
      event: 'found',
      deviceId: aReady.deviceId,
      fingerprint: aReady.fingerprint,
      host: lab.hosts[0].address,
      port: 47601,
    })
    expect([...a.lines(), ...b.lines()].filter((line) => line.event === 'error')).toEqual([])
  })

  it('reports a device again at its new address when its address changes', async () => {
    const lab = await createNetnsLab(2)
    const a = lab.hosts[0].runNode(peer, ['47601', '1000'])
    const b = lab.hosts[1].runNode(peer, ['47602', '1000'])
    await Promise.all([ready(a), ready(b)])
    await a.waitForLine<Line>((line) => line.event === 'found' && line.host === lab.hosts[1].address, 20_000)

    lab.hosts[1].moveTo('10.231.1.102')

    const moved = await a.waitForLine<Line>((line) => line.event === 'found' && line.host === '10.231.1.102', 20_000)
    expect(moved.port).toBe(47602)
  })

  it('tells the network only its id, its fingerprint and where to connect: no machine, device or person name', async () => {
    const lab = await createNetnsLab(2)
    const a = lab.hosts[0].runNode(peer, ['47601', '60000'])
    const { deviceId, fingerprint } = await ready(a)
    const sniffer = lab.hosts[1].runNode(listener)
    const txt = await sniffer.waitForLine<DnsRecord>((line) => line.type === 'TXT', 20_000)
    await sniffer.waitForLine<DnsRecord>((line) => line.type === 'A', 20_000)

    const instance = `rapport-${fingerprint!.toLowerCase().replaceAll('-', '')}`
    expect(txt).toEqual({
      event: 'record',
      name: `${instance}._rapport._tcp.local`,
      type: 'TXT',
      data: [`id=${deviceId}`, `fp=${fingerprint}`],
    })
    const records = (sniffer.lines() as DnsRecord[]).filter((line) => line.event === 'record')
    expect(records.find((line) => line.type === 'SRV')?.data).toEqual({
      target: `${instance}.local`,
      port: 47601,
      priority: 0,
      weight: 0,
    })
    expect(records.filter((line) => line.type === 'A').map((line) => [line.name, line.data])).toContainEqual([
      `${instance}.local`,
      '10.231.1.1',
    ])
    expect(records.filter((line) => line.type === 'AAAA')).toEqual([])
    // Every name on the wire is one of these four (the first only in announcements), so the machine's name (the
    // default mDNS host) is never sent.
    const names = [
      '_services._dns-sd._udp.local',
      '_rapport._tcp.local',
      `${instance}._rapport._tcp.local`,
      `${instance}.local`,
    ]
    const sent = records.flatMap((line) => (line.type === 'PTR' ? [line.name, line.data] : [line.name]))
    expect(sent.filter((name) => !names.includes(String(name)))).toEqual([])
    expect(sent.map(String)).not.toContain(`${os.hostname()}.local`)
  })

  it("ignores an advertisement whose fingerprint is not its id's, or whose id is not a key", async () => {
    const lab = await createNetnsLab(2)
    const a = lab.hosts[0].runNode(peer, ['47601', '60000'])
    await ready(a)

    const { genuine } = await lab.hosts[1].runNode(forger).waitForLine<{ genuine: string }>(() => true, 20_000)

    await a.waitForLine<Line>((line) => line.event === 'found' && line.deviceId === genuine, 20_000)
    expect(
      a
        .lines()
        .filter((line) => line.event === 'found')
        .map((line) => line.deviceId),
    ).toEqual([genuine])
  })

  it('stops cleanly: after stop the process has nothing left running and exits by itself', async () => {
    const lab = await createNetnsLab(1)
    const a = lab.hosts[0].runNode(peer, ['47601', '1000'])
    await ready(a)

    a.child.kill('SIGTERM')

    await a.waitForLine<Line>((line) => line.event === 'stopped', 10_000)
    expect(await a.exited).toBe(0)
  })
})
