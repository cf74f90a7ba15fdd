import fs from 'node:fs/promises'
import path from 'node:path'
import { RapportError } from '../../../shared/api/errors'
import { writeFileAtomic } from '../vault/writeFileAtomic'

/** A folder of JSON journals in the data folder, one `<id>.json` per journal, readable by its owner only. */
export type JournalFolder<J> = {
  /** Saves a journal atomically. */
  write: (dataDir: string, id: string, journal: J) => Promise<void>
  /** Removes a journal, if there is one. */
  remove: (dataDir: string, id: string) => Promise<void>
  /** A journal; not_found when there is none, unavailable when it cannot be read as one. */
  read: (dataDir: string, id: string) => Promise<J>
  /** Every readable journal, in no particular order (a damaged one is left out). */
  list: (dataDir: string) => Promise<J[]>
}

/** The journals kept in `<dataDir>/<folder>/`, checked with `isJournal` when read. */
export const journalFolder = <J>(options: {
  folder: string
  isJournal: (value: unknown) => value is J
  notFound: (id: string) => string
  damaged: (id: string) => string
}): JournalFolder<J> => {
  const dir = (dataDir: string) => path.join(dataDir, options.folder)
  const file = (dataDir: string, id: string) => path.join(dir(dataDir), `${id}.json`)
  const read = async (dataDir: string, id: string): Promise<J> => {
    let text: string
    try {
      text = await fs.readFile(file(dataDir, id), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new RapportError('not_found', options.notFound(id))
      throw error
    }
    let journal: unknown = null
    try {
      journal = JSON.parse(text)
    } catch {
      // A damaged file is reported below.
    }
    if (!options.isJournal(journal)) throw new RapportError('unavailable', options.damaged(id))
    return journal
  }
  return {
    async write(dataDir, id, journal) {
      await fs.mkdir(dir(dataDir), { recursive: true, mode: 0o700 })
      await writeFileAtomic(file(dataDir, id), JSON.stringify(journal), 0o600)
    },
    async remove(dataDir, id) {
      await fs.rm(file(dataDir, id), { force: true })
    },
    read,
    async list(dataDir) {
      const names = await fs.readdir(dir(dataDir)).catch(() => [] as string[])
      const ids = names.filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length))
      const journals: J[] = []
      for (const id of ids) {
        const journal = await read(dataDir, id).catch(() => null)
        if (journal !== null) journals.push(journal)
      }
      return journals
    },
  }
}
