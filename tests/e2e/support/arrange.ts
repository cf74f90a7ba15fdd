import type { RapportClient } from '../../../shared/api/client'
import type { CommandInput } from '../../../shared/api/contract'
import type { Contact, Stage } from '../../../shared/domain'

/** A contact to arrange: its fields, and the name of the stage it goes in (the first one unless told). */
export type ContactSpec = Omit<CommandInput<'contacts.create'>, 'stageId'> & { stage?: string }

/** The active stages, by name. */
export const stagesByName = async (api: RapportClient): Promise<Map<string, Stage>> =>
  new Map((await api.call('stages.list', {})).map((s) => [s.name, s]))

/** The id of the active stage with this name; fails loudly when there is none. */
export const stageIdOf = async (api: RapportClient, name: string): Promise<string> => {
  const stage = (await stagesByName(api)).get(name)
  if (!stage) throw new Error(`No active stage named "${name}"`)
  return stage.id
}

/** Creates contacts one by one, so each lands at the end of its stage in the order given. */
export const addContacts = async (api: RapportClient, specs: ContactSpec[]): Promise<Contact[]> => {
  const stages = await stagesByName(api)
  const created: Contact[] = []
  for (const { stage, ...fields } of specs) {
    const stageId = stage === undefined ? undefined : stages.get(stage)?.id
    if (stage !== undefined && !stageId) throw new Error(`No active stage named "${stage}"`)
    created.push(await api.call('contacts.create', { ...fields, stageId }))
  }
  return created
}

/** A contact's name as the UI shows it. */
export const nameOf = (c: Pick<Contact, 'firstName' | 'lastName'>): string =>
  [c.firstName, c.lastName].filter(Boolean).join(' ')

/** The names of a stage's active contacts, in board order, as the core has them. */
export const namesInStage = async (api: RapportClient, stageName: string): Promise<string[]> => {
  const stageId = await stageIdOf(api, stageName)
  return (await api.call('contacts.list', { stageId })).map(nameOf)
}

/** The stored contact with this name (first and last), or undefined. */
export const findByName = async (
  api: RapportClient,
  name: string,
  { includeArchived = false }: { includeArchived?: boolean } = {},
): Promise<Contact | undefined> =>
  (await api.call('contacts.list', { includeArchived })).find((c) => nameOf(c) === name)
