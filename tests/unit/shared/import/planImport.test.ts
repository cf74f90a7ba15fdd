import { describe, expect, it } from 'vitest'
import type { ContactId, StageId } from '../../../../shared/domain/ids'
import type { Contact } from '../../../../shared/domain/types'
import type { ImportedContact } from '../../../../shared/import/importedContact'
import { planImport } from '../../../../shared/import/planImport'
import { makeContact, stageIds } from '../../../helpers/factories'
import { makeImported, makeImportedPeople } from '../../../helpers/importFactories'

const options = { source: 'linkedin' as const, stageId: stageIds.reachedOut, tags: ['imported'] }
const plan = (existing: Contact[], incoming: ImportedContact[]) => planImport(existing, incoming, options)

const ada = makeContact({
  id: 'contact-ada' as ContactId,
  company: 'Analytical Engines',
  position: 'Analyst',
  emails: ['ada@engines.example'],
  linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace',
  sources: ['linkedin'],
})

describe('planImport: new people', () => {
  it('creates a person the vault does not have, in the given stage, with the file’s and the import’s tags', () => {
    const incoming = makeImported({
      line: 7,
      firstName: 'Grace',
      lastName: 'Hopper',
      company: 'Navy',
      position: 'Rear Admiral',
      emails: ['grace@navy.example'],
      phones: ['+1 555 0100'],
      linkedinUrl: 'https://www.linkedin.com/in/grace',
      location: 'Arlington',
      tags: ['cobol', 'imported'],
      notes: 'Invented the compiler',
      connectedOn: '2020-02-03',
      birthday: '1906-12-09',
    })

    const result = plan([ada], [incoming])

    expect(result.creates).toEqual([
      {
        line: 7,
        fields: {
          firstName: 'Grace',
          lastName: 'Hopper',
          company: 'Navy',
          position: 'Rear Admiral',
          emails: ['grace@navy.example'],
          phones: ['+1 555 0100'],
          linkedinUrl: 'https://www.linkedin.com/in/grace',
          location: 'Arlington',
          tags: ['cobol', 'imported'],
          notes: 'Invented the compiler',
          connectedOn: '2020-02-03',
        },
        sources: ['linkedin'],
        stageId: stageIds.reachedOut,
      },
    ])
    expect(result.updates).toEqual([])
    expect(result.counts).toEqual({
      rows: 1,
      created: 1,
      updated: 0,
      unchanged: 0,
      duplicates: 0,
      skipped: 0,
      reviews: 0,
    })
  })

  it('skips a person with no name who matches no contact, and says why', () => {
    const result = plan([], [makeImported({ line: 4, firstName: '', lastName: '', emails: ['who@example.com'] })])

    expect(result.creates).toEqual([])
    expect(result.skipped).toEqual([{ line: 4, reason: expect.stringMatching(/^No name/) }])
    expect(result.counts.skipped).toBe(1)
  })
})

describe('planImport: matching against the vault', () => {
  it('matches by LinkedIn profile, whatever the form of the address and even under another name', () => {
    const result = plan(
      [ada],
      [makeImported({ firstName: 'Augusta', linkedinUrl: 'http://linkedin.com/in/Ada-Lovelace/' })],
    )

    expect(result.creates).toEqual([])
    expect(result.counts.unchanged).toBe(1)
  })

  it('matches by any of the emails, without case', () => {
    const result = plan(
      [ada],
      [makeImported({ firstName: 'A.', lastName: 'King', emails: ['other@example.com', 'ADA@Engines.example'] })],
    )

    expect(result.creates).toEqual([])
    expect(result.updates).toEqual([expect.objectContaining({ id: ada.id, fields: { emails: expect.any(Array) } })])
  })

  it('matches by name and company without case, accents or extra spaces', () => {
    const zoe = makeContact({
      id: 'contact-zoe' as ContactId,
      firstName: 'Zoë',
      lastName: 'Dupont',
      company: 'École Normale',
    })

    const result = plan([zoe], [makeImported({ firstName: ' zoe ', lastName: 'DUPONT', company: 'ecole  normale' })])

    expect(result.creates).toEqual([])
    expect(result.counts.unchanged).toBe(1)
  })

  it('counts archived contacts as existing', () => {
    const archived = { ...ada, archived: true }

    const result = plan([archived], [makeImported({ linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace' })])

    expect(result.creates).toEqual([])
    expect(result.counts.unchanged).toBe(1)
  })

  it('prefers the LinkedIn profile over an email that another contact has', () => {
    const other = makeContact({ id: 'contact-other' as ContactId, firstName: 'Other', emails: ['shared@example.com'] })

    const result = plan(
      [other, ada],
      [
        makeImported({
          linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace',
          emails: ['shared@example.com'],
          location: 'London',
        }),
      ],
    )

    expect(result.updates.map((u) => u.id)).toEqual([ada.id])
  })

  it('never takes two different LinkedIn profiles for one person, even with the same name and company', () => {
    const result = plan(
      [ada],
      [
        makeImported({
          line: 3,
          company: 'Analytical Engines',
          emails: ['ada@engines.example'],
          linkedinUrl: 'https://www.linkedin.com/in/another-ada',
        }),
      ],
    )

    expect(result.creates).toHaveLength(1)
    expect(result.reviews).toEqual([
      {
        line: 3,
        existingId: ada.id,
        reason: 'Same name as Ada Lovelace (Analytical Engines), different LinkedIn profile',
      },
    ])
  })
})

describe('planImport: updating a contact the vault has', () => {
  it('takes the file’s company and position when they differ, and keeps the previous role', () => {
    const result = plan(
      [ada],
      [makeImported({ linkedinUrl: ada.linkedinUrl, company: 'Royal Society', position: 'Fellow' })],
    )

    expect(result.updates).toEqual([
      {
        line: 2,
        id: ada.id,
        fields: { company: 'Royal Society', position: 'Fellow' },
        previous: { company: 'Analytical Engines', position: 'Analyst' },
        addSources: [],
        previousRole: { company: 'Analytical Engines', position: 'Analyst' },
      },
    ])
    expect(result.counts).toMatchObject({ updated: 1, unchanged: 0, created: 0 })
  })

  it('keeps the vault’s company when the file has none, and ignores differences of case or accents', () => {
    const result = plan([ada], [makeImported({ linkedinUrl: ada.linkedinUrl, company: '', position: 'ANALYST' })])

    expect(result.updates).toEqual([])
    expect(result.counts.unchanged).toBe(1)
  })

  it('fills empty fields and merges emails and phones in, without overwriting what the contact has', () => {
    const sparse = makeContact({
      id: 'contact-sparse' as ContactId,
      company: 'Engines',
      emails: ['ada@example.org'],
      phones: ['+44 20 7946 0000'],
      location: 'London',
      sources: ['linkedin'],
    })

    const result = plan(
      [sparse],
      [
        makeImported({
          company: 'Engines',
          emails: ['ADA@example.org', 'ada@work.example'],
          phones: ['+442079460000', '020 7946 0001'],
          linkedinUrl: 'https://www.linkedin.com/in/ada',
          location: 'Paris',
          connectedOn: '2021-05-06',
        }),
      ],
    )

    expect(result.updates).toEqual([
      expect.objectContaining({
        fields: {
          emails: ['ada@example.org', 'ada@work.example'],
          phones: ['+44 20 7946 0000', '020 7946 0001'],
          linkedinUrl: 'https://www.linkedin.com/in/ada',
          connectedOn: '2021-05-06',
        },
        previous: { emails: ['ada@example.org'], phones: ['+44 20 7946 0000'], linkedinUrl: '', connectedOn: null },
        previousRole: null,
      }),
    ])
  })

  it('never touches notes, stage, rank, tags, communities, offer, cadence, name or archived state', () => {
    const kept = {
      ...ada,
      notes: 'Mine',
      tags: ['friend'],
      communities: ['Salon'],
      offer: 'An intro',
      cadenceDays: 30,
      howWeMet: 'At a salon',
      stageId: stageIds.champion,
      rank: 'a5',
      archived: true,
    }

    const result = plan(
      [kept],
      [
        makeImported({
          firstName: 'Augusta Ada',
          linkedinUrl: ada.linkedinUrl,
          notes: 'From the file',
          tags: ['other'],
          company: 'Royal Society',
        }),
      ],
    )

    expect(Object.keys(result.updates[0].fields)).toEqual(['company'])
  })

  it('adds the import’s source, and counts a contact whose fields all agree as unchanged', () => {
    const manual = { ...ada, sources: ['manual' as const] }

    const result = plan([manual], [makeImported({ linkedinUrl: ada.linkedinUrl, company: 'Analytical Engines' })])

    expect(result.updates).toEqual([expect.objectContaining({ id: ada.id, fields: {}, addSources: ['linkedin'] })])
    expect(result.counts).toMatchObject({ updated: 0, unchanged: 1 })
  })

  it('plans nothing at all when the same rows are imported again', () => {
    const result = plan(
      [ada],
      [makeImported({ linkedinUrl: ada.linkedinUrl, company: ada.company, position: 'Analyst' })],
    )

    expect(result.updates).toEqual([])
    expect(result.creates).toEqual([])
    expect(result.counts).toMatchObject({ rows: 1, unchanged: 1 })
  })

  it('keeps no previous role when the contact had none: the import only fills it in', () => {
    const bare = makeContact({ id: 'contact-bare' as ContactId, emails: ['ada@example.org'] })

    const result = plan(
      [bare],
      [makeImported({ emails: ['ada@example.org'], company: 'Engines', position: 'Analyst' })],
    )

    expect(result.updates[0]).toMatchObject({ fields: { company: 'Engines', position: 'Analyst' }, previousRole: null })
  })

  it('updates a contact from a record with no name when its email matches', () => {
    const result = plan(
      [ada],
      [makeImported({ firstName: '', lastName: '', emails: ['ada@engines.example'], location: 'Kent' })],
    )

    expect(result.updates).toEqual([expect.objectContaining({ id: ada.id, fields: { location: 'Kent' } })])
    expect(result.skipped).toEqual([])
  })
})

describe('planImport: the same person twice in one file', () => {
  it('merges rows of the same person: the later row’s role wins and empty fields are filled', () => {
    const rows = [
      makeImported({
        line: 2,
        linkedinUrl: 'https://www.linkedin.com/in/grace',
        firstName: 'Grace',
        lastName: 'Hopper',
        company: 'Navy',
        position: 'Officer',
        emails: ['grace@navy.example'],
        location: 'Arlington',
      }),
      makeImported({
        line: 9,
        linkedinUrl: 'https://www.linkedin.com/in/grace',
        firstName: 'Grace',
        lastName: 'Hopper',
        company: 'Univac',
        position: '',
        emails: ['grace@univac.example'],
        phones: ['555 0101'],
      }),
    ]

    const result = plan([], rows)

    expect(result.creates).toHaveLength(1)
    expect(result.creates[0].fields).toMatchObject({
      company: 'Univac',
      position: 'Officer',
      emails: ['grace@navy.example', 'grace@univac.example'],
      phones: ['555 0101'],
      location: 'Arlington',
    })
    expect(result.inFileDuplicates).toEqual([{ line: 9, sameAsLine: 2 }])
    expect(result.counts).toMatchObject({ rows: 2, created: 1, duplicates: 1 })
  })

  it('merges rows by a shared email, and by the same name and company', () => {
    const rows = [
      makeImported({ line: 2, firstName: 'Grace', lastName: 'Hopper', emails: ['g@example.com'] }),
      makeImported({ line: 3, firstName: 'G.', lastName: 'Hopper', emails: ['G@Example.com'] }),
      makeImported({ line: 4, firstName: 'Alan', lastName: 'Turing', company: 'NPL' }),
      makeImported({ line: 5, firstName: 'alan', lastName: 'turing', company: 'npl' }),
    ]

    const result = plan([], rows)

    expect(result.creates.map((c) => c.line)).toEqual([2, 4])
    expect(result.inFileDuplicates).toEqual([
      { line: 3, sameAsLine: 2 },
      { line: 5, sameAsLine: 4 },
    ])
  })

  it('merges rows that the file does not tie together but that are one contact of the vault', () => {
    const rows = [
      makeImported({ line: 2, linkedinUrl: ada.linkedinUrl, company: 'Royal Society' }),
      makeImported({ line: 3, firstName: 'Augusta', emails: ['ada@engines.example'], phones: ['555 0102'] }),
    ]

    const result = plan([ada], rows)

    expect(result.updates).toHaveLength(1)
    expect(result.updates[0]).toMatchObject({ line: 2, fields: { company: 'Royal Society', phones: ['555 0102'] } })
    expect(result.inFileDuplicates).toEqual([{ line: 3, sameAsLine: 2 }])
    expect(result.counts).toMatchObject({ rows: 2, updated: 1, duplicates: 1 })
  })
})

describe('planImport: likely duplicates to review', () => {
  it('creates a namesake at another company, and lists it for review', () => {
    const result = plan([ada], [makeImported({ line: 5, company: 'Difference Engines', linkedinUrl: '' })])

    expect(result.creates).toHaveLength(1)
    expect(result.reviews).toEqual([
      { line: 5, existingId: ada.id, reason: 'Same name as Ada Lovelace (Analytical Engines), different company' },
    ])
    expect(result.counts).toMatchObject({ created: 1, reviews: 1 })
  })

  it('lists nothing for review when the names differ', () => {
    expect(plan([ada], [makeImported({ firstName: 'Grace', lastName: 'Hopper' })]).reviews).toEqual([])
  })
})

describe('planImport: counts', () => {
  it('accounts for every row exactly once', () => {
    const existing = [ada, makeContact({ id: 'contact-alan' as ContactId, firstName: 'Alan', lastName: 'Turing' })]
    const rows = [
      makeImported({ line: 2, linkedinUrl: ada.linkedinUrl, company: 'New Co' }),
      makeImported({ line: 3, firstName: 'Alan', lastName: 'Turing' }),
      makeImported({ line: 4, firstName: 'Grace', lastName: 'Hopper' }),
      makeImported({ line: 5, firstName: 'Grace', lastName: 'Hopper' }),
      makeImported({ line: 6, firstName: '', lastName: '' }),
    ]

    const { counts } = plan(existing, rows)

    expect(counts).toEqual({ rows: 5, created: 1, updated: 1, unchanged: 1, duplicates: 1, skipped: 1, reviews: 0 })
    expect(counts.created + counts.updated + counts.unchanged + counts.duplicates + counts.skipped).toBe(counts.rows)
  })

  it('plans a whole LinkedIn network against a vault of the same size', () => {
    const incoming = makeImportedPeople(30_000)
    const existing = incoming.map((row, i) =>
      makeContact({
        id: `contact-${i}` as ContactId,
        firstName: row.firstName,
        lastName: row.lastName,
        company: i % 10 === 0 ? 'Old Co' : row.company,
        position: row.position,
        linkedinUrl: row.linkedinUrl,
        sources: ['linkedin'],
        stageId: 'stage-any' as StageId,
      }),
    )

    const { counts } = plan(existing, incoming)

    expect(counts).toMatchObject({ rows: 30_000, created: 0, updated: 3_000, unchanged: 27_000, duplicates: 0 })
  })
})
