import { describe, expect, it } from 'vitest'
import { eventually, pairByCode, startSyncCore, vaultState } from '../../helpers/syncCores'

const names = async (client: { call: (c: 'contacts.list', i: object) => Promise<Array<{ firstName: string }>> }) =>
  (await client.call('contacts.list', {})).map((c) => c.firstName).sort()

const orders = [
  ['c', 'a', 'b'],
  ['b', 'c', 'a'],
  ['a', 'b', 'c'],
] as const

describe('three devices syncing over loopback', () => {
  it.each(orders)(
    'pair by code, carry an edit from any device to the others, and converge after concurrent offline edits (back in the order %s, %s, %s)',
    async (...order) => {
      const a = await startSyncCore()
      const b = await startSyncCore()
      const c = await startSyncCore()
      const ada = await a.client.call('contacts.create', { firstName: 'Ada', company: 'Analytical' })

      const joined = await pairByCode(a, b)
      expect(joined.workspaceUrl).toBe(a.core.vault.workspace.url)
      expect(joined.device.id).toBe(a.sync!.deviceId)
      expect(await names(b.client)).toEqual(['Ada'])
      await pairByCode(b, c)
      await eventually('C has the vault', async () => (await names(c.client)).includes('Ada'))

      // An edit on any device reaches the other two.
      await c.client.call('contacts.create', { firstName: 'Cleo' })
      await b.client.call('contacts.create', { firstName: 'Bo' })
      for (const device of [a, b, c]) {
        await eventually('every device has all three', async () => (await names(device.client)).length === 3)
      }
      expect(await names(a.client)).toEqual(['Ada', 'Bo', 'Cleo'])
      const goal = await a.client.call('goals.create', { target: 3, period: 'week' })
      await eventually('the goal reaches C', async () => (await c.client.call('goals.list', {})).length === 1)

      // Each device lists the three, and sees the others connected.
      const onA = await a.client.call('devices.list', {})
      expect(onA.map((d) => d.thisDevice)).toEqual([true, false, false])
      expect(new Set(onA.map((d) => d.id))).toEqual(new Set([a.sync!.deviceId, b.sync!.deviceId, c.sync!.deviceId]))

      // All three go offline, and edit concurrently.
      for (const device of [a, b, c]) await device.client.call('sync.setSettings', { enabled: false })
      const stages = await a.client.call('stages.list', {})
      await a.client.call('contacts.move', { id: ada.id, stageId: stages[1]!.id })
      await b.client.call('contacts.move', { id: ada.id, stageId: stages[2]!.id })
      await c.client.call('contacts.move', { id: ada.id, stageId: stages[3]!.id })
      await a.client.call('contacts.update', { id: ada.id, fields: { position: 'Countess' } })
      await b.client.call('contacts.update', { id: ada.id, fields: { location: 'London' } })
      await a.client.call('contacts.update', { id: ada.id, fields: { notes: 'Met at the salon.' }, notesBase: '' })
      await c.client.call('contacts.update', {
        id: ada.id,
        fields: { notes: 'Wrote the first program.' },
        notesBase: '',
      })
      const at = Date.UTC(2026, 0, 5, 12)
      await a.client.call('interactions.log', { contactId: ada.id, type: 'call', occurredAt: at })
      await b.client.call('interactions.log', { contactId: ada.id, type: 'meeting', occurredAt: at + 1 })
      await c.client.call('interactions.log', { contactId: ada.id, type: 'email', occurredAt: at + 2 })
      await b.client.call('goals.update', { id: goal.id, fields: { target: 5 } })
      await c.client.call('goals.update', { id: goal.id, fields: { title: 'Five a week' } })

      // They come back one after the other, in this run's order.
      const devices = { a, b, c }
      for (const name of order) await devices[name].client.call('sync.setSettings', { enabled: true })
      await eventually('all three show one state', async () => {
        const [sa, sb, sc] = await Promise.all([vaultState(a.client), vaultState(b.client), vaultState(c.client)])
        return JSON.stringify(sa) === JSON.stringify(sb) && JSON.stringify(sb) === JSON.stringify(sc)
      })
      const state = await vaultState(b.client)
      const merged = state.contacts.find((contact) => contact.id === ada.id)!
      expect(merged.position).toBe('Countess')
      expect(merged.location).toBe('London')
      expect(merged.notes).toContain('Met at the salon.')
      expect(merged.notes).toContain('Wrote the first program.')
      expect([stages[1]!.id, stages[2]!.id, stages[3]!.id]).toContain(merged.stageId)
      expect(state.interactions.map((i) => i.type).sort()).toEqual(['call', 'email', 'meeting'])
      expect(state.goals[0]).toMatchObject({ target: 5, title: 'Five a week' })
    },
  )
})
