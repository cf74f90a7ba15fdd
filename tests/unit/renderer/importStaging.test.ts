import { describe, expect, it } from 'vitest'
import type { RapportClient } from '../../../shared/api/client'
import type { ImportedContact } from '../../../shared/import/importedContact'
import type { PreparedImport } from '../../../renderer/src/import/prepareImport'
import { stageImport } from '../../../renderer/src/import/stageImport'
import { makeImported } from '../../helpers/importFactories'

const makeContact = (line: number): ImportedContact =>
  makeImported({ line, firstName: `First${line}`, lastName: 'Last' })

const makePrepared = (count: number, skipped = 0): PreparedImport => ({
  format: 'linkedin',
  records: count + skipped,
  contacts: Array.from({ length: count }, (_, i) => makeContact(i + 2)),
  skipped: Array.from({ length: skipped }, (_, i) => ({ line: count + i + 2, reason: 'no name' })),
  related: { stages: [], interactions: [], goals: [], communities: [], reminders: [], settings: [] },
})

/** A client that records each call and answers as the core would. */
const recordingClient = () => {
  const calls: { command: string; input: Record<string, unknown> }[] = []
  const client = {
    call: async (command: string, input: Record<string, unknown>) => {
      calls.push({ command, input })
      return command === 'imports.begin' ? { importId: 'imp-1' } : null
    },
  } as unknown as RapportClient
  return { client, calls }
}

describe('stageImport', () => {
  it('begins with the options, then sends contacts in batches of 2,000, then the skipped lines', async () => {
    const { client, calls } = recordingClient()
    const progress: number[] = []

    const importId = await stageImport(
      client,
      makePrepared(4_500, 3),
      { stageId: 'stage-1', tags: ['met at FOSDEM'] },
      (sent) => progress.push(sent),
      () => false,
    )

    expect(importId).toBe('imp-1')
    expect(calls[0]).toEqual({
      command: 'imports.begin',
      input: { format: 'linkedin', stageId: 'stage-1', tags: ['met at FOSDEM'] },
    })
    const adds = calls
      .slice(1)
      .map((c) => [(c.input.contacts as unknown[]).length, (c.input.skipped as unknown[])?.length ?? 0])
    expect(adds).toEqual([
      [2_000, 0],
      [2_000, 0],
      [500, 0],
      [0, 3],
    ])
    expect(progress).toEqual([2_000, 4_000, 4_500])
  })

  it('sends an export’s stages, interactions and goals in batches of their own, after its contacts', async () => {
    const { client, calls } = recordingClient()
    const prepared = makePrepared(1)
    const interaction = (i: number) => ({
      line: i + 10,
      id: `i${i}`,
      contactId: 'c1',
      type: 'call' as const,
      occurredAt: i,
      summary: '',
      outcome: '',
    })
    prepared.related = {
      stages: [{ line: 3, name: 'Met', colour: '#228be6', archived: false }],
      interactions: Array.from({ length: 4_001 }, (_, i) => interaction(i)),
      goals: [],
      communities: [],
      reminders: [],
      settings: [],
    }

    await stageImport(
      client,
      prepared,
      { stageId: undefined, tags: [] },
      () => undefined,
      () => false,
    )

    const sizes = calls
      .slice(1)
      .map((c) => [
        (c.input.contacts as unknown[]).length,
        (c.input.stages as unknown[] | undefined)?.length ?? 0,
        (c.input.interactions as unknown[] | undefined)?.length ?? 0,
      ])
    expect(sizes).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 2_000],
      [0, 0, 2_000],
      [0, 0, 1],
    ])
  })

  it('stops and cancels the staged import once it is told to', async () => {
    const { client, calls } = recordingClient()
    let sentBatches = 0

    const importId = await stageImport(
      client,
      makePrepared(5_000),
      { stageId: undefined, tags: [] },
      () => sentBatches++,
      () => sentBatches >= 1,
    )

    expect(importId).toBeNull()
    expect(calls.map((c) => c.command)).toEqual(['imports.begin', 'imports.add', 'imports.cancel'])
  })
})
