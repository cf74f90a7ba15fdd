import type { RapportClient } from '../../shared/api/client'
import type { CommandInput } from '../../shared/api/contract'
import type { ImportedContact, ImportFormat } from '../../shared/import/importedContact'

/** A parsed import record: Ada Lovelace on line 2, with nothing else known, unless told otherwise. */
export const makeImported = (partial: Partial<ImportedContact> = {}): ImportedContact => ({
  line: 2,
  firstName: 'Ada',
  lastName: 'Lovelace',
  position: '',
  company: '',
  emails: [],
  phones: [],
  linkedinUrl: '',
  location: '',
  tags: [],
  notes: '',
  connectedOn: null,
  birthday: null,
  ...partial,
})

/** `count` distinct people, one per line from line 2, each with a LinkedIn profile. */
export const makeImportedPeople = (count: number, partial: (i: number) => Partial<ImportedContact> = () => ({})) =>
  Array.from({ length: count }, (_, i) =>
    makeImported({
      line: i + 2,
      firstName: `First${i}`,
      lastName: `Last${i}`,
      company: `Company ${i % 97}`,
      position: 'Engineer',
      linkedinUrl: `https://www.linkedin.com/in/person-${i}`,
      ...partial(i),
    }),
  )

/** Stages rows through `imports.begin` and `imports.add` (2,000 per call) and answers the import's id. */
export const stageImport = async (
  client: RapportClient,
  rows: ImportedContact[],
  options: Omit<CommandInput<'imports.begin'>, 'format'> & { format?: ImportFormat } = {},
): Promise<string> => {
  const { importId } = await client.call('imports.begin', { format: 'linkedin', ...options })
  for (let i = 0; i < rows.length; i += 2_000) {
    await client.call('imports.add', { importId, contacts: rows.slice(i, i + 2_000) })
  }
  return importId
}

/** Stages and commits rows in one go; answers the import's id and what the commit said. */
export const importRows = async (
  client: RapportClient,
  rows: ImportedContact[],
  options: Omit<CommandInput<'imports.begin'>, 'format'> & { format?: ImportFormat } = {},
) => {
  const importId = await stageImport(client, rows, options)
  return { importId, ...(await client.call('imports.commit', { importId })) }
}
