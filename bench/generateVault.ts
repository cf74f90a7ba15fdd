import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DocHandle } from '@automerge/automerge-repo'
import { openVault } from '../electron/core/vault/openVault'
import type { ContactId, InteractionId, StageId } from '../shared/domain/ids'
import { createContact } from '../shared/mutators/createContact'
import { logInteraction } from '../shared/mutators/logInteraction'
import type { InteractionLogDoc } from '../shared/schema/workspaceDoc'
import { byRank } from '../shared/selectors/byRank'
import { fakeContacts, fakeInteractions, type FakeContact, type FakeInteraction } from './fakeNetwork'
import { seededRandom } from './seededRandom'

/** Bump whenever the generated data or its layout changes: cached vaults of another version are rebuilt. */
export const generatorVersion = 2

/** What a generated vault holds. */
export type VaultSpec = { contacts: number; interactions: number; seed: number; anchor: number }

/** The benchmark vault: LinkedIn's connection cap and three years of history. */
export const benchVaultSpec: VaultSpec = {
  contacts: 30_000,
  interactions: 100_000,
  seed: 20251101,
  anchor: Date.UTC(2025, 10, 1),
}

/** Where generated vaults are cached (gitignored). */
export const benchDataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '.data')

const contactsPerChange = 500
const interactionsPerChange = 1000

const log = (message: string) => process.stderr.write(`[generate] ${message}\n`)

/** The contacts and interactions of a spec, always the same for the same spec. */
export const fakeDataFor = (spec: VaultSpec): { contacts: FakeContact[]; interactions: FakeInteraction[] } => {
  const rng = seededRandom(spec.seed)
  const contacts = fakeContacts(rng, { count: spec.contacts, anchor: spec.anchor })
  const interactions = fakeInteractions(rng, contacts, { count: spec.interactions, anchor: spec.anchor })
  return { contacts, interactions }
}

/**
 * Builds a vault in an empty data folder through the real core code: `openVault`, then the
 * shared mutators, many records per change (one API call per contact would re-rank a
 * 20,000-card column each time and take far too long for a benchmark fixture).
 */
export const generateVault = async (dataDir: string, spec: VaultSpec): Promise<void> => {
  const rng = seededRandom(spec.seed ^ 0x5eed)
  let clock = spec.anchor - 400 * 24 * 60 * 60 * 1000
  const vault = await openVault({ dataDir, now: () => clock, newId: () => rng.uuid() })
  try {
    const started = performance.now()
    const { contacts, interactions } = fakeDataFor(spec)
    const doc = vault.workspace.doc()
    const stageIds = Object.entries(doc.stages)
      .map(([id, s]) => ({ id, rank: s.rank.toString() }))
      .sort(byRank)
      .map((s) => s.id as StageId)

    for (let start = 0; start < contacts.length; start += contactsPerChange) {
      const batch = contacts.slice(start, start + contactsPerChange)
      vault.workspace.change((d) => {
        for (const c of batch) {
          createContact(d, {
            id: c.id as ContactId,
            fields: c.fields,
            sources: c.sources,
            stageId: stageIds[c.stageIndex],
            rank: c.rank,
            now: c.createdAt,
          })
        }
      })
      if ((start / contactsPerChange) % 10 === 0) await vault.repo.flush()
    }
    log(`${contacts.length} contacts in ${Math.round(performance.now() - started)} ms`)

    const byWriter = new Map<DocHandle<InteractionLogDoc>, FakeInteraction[]>()
    for (const interaction of interactions) {
      const writer = vault.interactions.writerFor(interaction.contactId, vault.workspace)
      const list = byWriter.get(writer) ?? []
      list.push(interaction)
      byWriter.set(writer, list)
    }
    for (const [writer, list] of byWriter) {
      for (let start = 0; start < list.length; start += interactionsPerChange) {
        const batch = list.slice(start, start + interactionsPerChange)
        clock = batch[batch.length - 1].createdAt
        writer.change((d) => {
          for (const i of batch) {
            logInteraction(d, {
              id: i.id as InteractionId,
              contactId: i.contactId as ContactId,
              type: i.type,
              occurredAt: i.occurredAt,
              summary: i.summary,
              now: i.createdAt,
            })
          }
        })
      }
      await vault.repo.flush()
    }
    log(
      `${interactions.length} interactions in ${byWriter.size} documents, ${Math.round(performance.now() - started)} ms in all`,
    )
  } finally {
    await vault.close()
  }
}

type CacheMarker = VaultSpec & { generatorVersion: number }

const readMarker = async (file: string): Promise<CacheMarker | null> => {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as CacheMarker
  } catch {
    return null
  }
}

/**
 * The data folder of a generated vault, from the cache when it was built by this generator
 * version for the same spec, otherwise built now (a few minutes for the 30k vault).
 */
export const ensureGeneratedVault = async (name: string, spec: VaultSpec): Promise<string> => {
  const dataDir = path.join(benchDataDir, name)
  const markerFile = `${dataDir}.json`
  const marker = await readMarker(markerFile)
  const fresh =
    marker &&
    marker.generatorVersion === generatorVersion &&
    (Object.keys(spec) as Array<keyof VaultSpec>).every((k) => marker[k] === spec[k])
  if (fresh && (await fs.stat(path.join(dataDir, 'vault.json')).catch(() => null))) return dataDir

  log(`building ${name} (generator v${generatorVersion}): ${spec.contacts} contacts, ${spec.interactions} interactions`)
  await fs.rm(markerFile, { force: true })
  await fs.rm(dataDir, { recursive: true, force: true })
  const building = `${dataDir}.building-${process.pid}`
  await fs.rm(building, { recursive: true, force: true })
  await generateVault(building, spec)
  await fs.rename(building, dataDir)
  await fs.writeFile(markerFile, JSON.stringify({ ...spec, generatorVersion }, null, 2))
  return dataDir
}

/** The 30k-contact benchmark vault, generated on first use. */
export const ensureBenchVault = (): Promise<string> => ensureGeneratedVault('vault-30k', benchVaultSpec)

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = await ensureBenchVault()
  console.log(dir)
}
