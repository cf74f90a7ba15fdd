import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../../..')
const syncDoc = () => fs.readFileSync(path.join(root, 'docs/sync.md'), 'utf8')

/** Every Markdown file of the project outside its dependencies. */
const markdownFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (['node_modules', '.git', 'dist', 'out'].includes(entry.name)) return []
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return markdownFiles(full)
    return entry.name.endsWith('.md') ? [full] : []
  })

describe('the sync documentation', () => {
  it('is one document, which the command line reference is part of and nothing points past', () => {
    expect(fs.existsSync(path.join(root, 'docs/sync-cli.md'))).toBe(false)
    const pointingElsewhere = markdownFiles(root).filter((file) =>
      fs.readFileSync(file, 'utf8').includes('sync-cli.md'),
    )
    expect(pointingElsewhere).toEqual([])
    for (const command of ['rapport pair invite', 'rapport devices add --address', 'rapport serve [--no-sync]']) {
      expect(syncDoc()).toContain(command)
    }
  })

  it('says which one-shot commands run a sync peer, rather than that none ever syncs', () => {
    expect(syncDoc()).not.toMatch(/one-shot `rapport` commands never sync/i)
    expect(syncDoc()).toMatch(/`rapport pair invite`[^.]*`rapport pair join`[^.]*`rapport devices add`/)
  })
})
