import { describe, expect, it } from 'vitest'
import { canUseNetns, createNetnsLab } from '../../helpers/netns'

const peer = 'tests/integration/sync/peers/rapportCorePeer.ts'
// The test environment turns discovery off (RAPPORT_DISCOVERY=off); inside the lab's namespaces mDNS is what is tested.
const inLab = { RAPPORT_DISCOVERY: 'on' }
type Line = { event: string; code?: string; message?: string }

// mDNS runs only inside network namespaces the test makes, which needs root and iproute2.
describe.skipIf(!canUseNetns)('two Rapport cores on one network', () => {
  it('pair by code, then find each other again by mDNS with no address remembered, and sync', async () => {
    const lab = await createNetnsLab(2)
    try {
      const a = lab.hosts[0]!.runNode(peer, ['host'], inLab)
      const invite = await a.waitForLine<Line>((line) => line.event === 'invite' || line.event === 'error', 30_000)
      expect(invite.event).toBe('invite')
      const b = lab.hosts[1]!.runNode(peer, ['join', invite.code!], inLab)
      const synced = await b.waitForLine<Line>((line) => line.event === 'synced' || line.event === 'error', 60_000)
      expect(synced).toEqual({ event: 'synced' })
      expect(a.lines()).toContainEqual({ event: 'joined' })
    } finally {
      await lab.destroy()
    }
  }, 90_000)
})
