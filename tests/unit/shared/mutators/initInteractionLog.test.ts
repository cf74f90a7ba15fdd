import * as Automerge from '@automerge/automerge'
import { describe, expect, it } from 'vitest'
import { initInteractionLog } from '../../../../shared/mutators/initInteractionLog'
import { currentSchemaVersion, type InteractionLogDoc } from '../../../../shared/schema/workspaceDoc'
import { makeInteractionLog } from '../../../helpers/factories'
import { expectConvergence, forkReplicas } from '../../../helpers/replicas'

describe('initInteractionLog', () => {
  it('lays out an empty shard with its key, kind and the current schema version', () => {
    const doc = makeInteractionLog({ shard: '0a' })

    expect(Automerge.toJS(doc)).toEqual({
      kind: 'rapport.interactions',
      schemaVersion: currentSchemaVersion,
      shard: '0a',
      interactions: {},
    })
  })

  it('converges on one empty layout when two devices lay out the same document (each device creates its own shard document instead)', () => {
    const { laptop, phone } = forkReplicas(Automerge.init<InteractionLogDoc>())

    const merged = expectConvergence(
      Automerge.change(laptop, (d) => initInteractionLog(d, { shard: '03' })),
      Automerge.change(phone, (d) => initInteractionLog(d, { shard: '03' })),
    )

    expect(Automerge.toJS(merged)).toEqual({
      kind: 'rapport.interactions',
      schemaVersion: currentSchemaVersion,
      shard: '03',
      interactions: {},
    })
  })
})
