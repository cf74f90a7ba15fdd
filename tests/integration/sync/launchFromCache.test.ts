import fs from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { launchRapport } from '../../../electron/core/launchRapport'
import { startRapport } from '../../../electron/core/startRapport'
import { readModelCacheFile } from '../../../electron/core/workspace/readModelCacheFile'
import { eventually, pairByCode, startSyncCore } from '../../helpers/syncCores'
import { tempDataDir } from '../../helpers/tempDataDir'

const sync = { host: '127.0.0.1', port: 0, discovery: false }

describe('a core launched from the read-model cache with sync on', () => {
  it('connects to a paired device without any client asking for the documents', async () => {
    const a = await startSyncCore()
    const bDir = await tempDataDir()
    const b = await startRapport({ dataDir: bDir, appVersion: '0.0.0-test', socket: false, sync })
    await pairByCode(a, b)
    const bId = b.sync!.deviceId
    const bOnA = async () => (await a.client.call('devices.list', {})).find((d) => d.id === bId)
    await eventually('B is in step on A', async () => (await bOnA())?.lastSyncedAt != null)
    await b.stop()
    await eventually('B is offline on A', async () => (await bOnA())?.state === 'offline')
    await fs.access(readModelCacheFile(bDir))

    // Long enough that only sync can be what loads the documents within the wait below.
    const launched = await launchRapport({
      dataDir: bDir,
      appVersion: '0.0.0-test',
      socket: false,
      sync,
      loadAfterMs: 600_000,
    })
    try {
      await eventually('B is connected on A again', async () => (await bOnA())?.state !== 'offline')
      expect(launched.loading()).toBeNull()
    } finally {
      await launched.stop()
    }
  })
})
