import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseImport } from '../../../shared/import/parseImport'
import type { GoalId } from '../../../shared/domain'
import { importGoals } from '../../../shared/mutators/importGoals'
import { importExportText } from '../../helpers/importExportText'
import { communityNamed } from '../../helpers/communityNamed'
import { startTestRapport } from '../../helpers/startTestRapport'

// Text as people type it: accents, commas, quotes, semicolons, backslashes and line breaks, already trimmed and
// NFC-normalised, as the core and the importer both keep it.
const piece = fc.constantFrom(
  'Zoë',
  'École',
  'Ltd.',
  ',',
  ';',
  '"',
  "'",
  '\\',
  'O’Brien',
  '李',
  'ß',
  'a',
  'B',
  ' ',
  '\n',
)
const text = (maxPieces: number) =>
  fc.array(piece, { maxLength: maxPieces }).map((pieces) =>
    pieces
      .join('')
      .replace(/\s+/g, (s) => (s.includes('\n') ? '\n' : ' '))
      .normalize('NFC')
      .trim(),
  )
const name = text(6).filter((s) => s !== '' && !s.includes('\n'))
const tag = text(3)
  .map((s) => s.replace(/\s+/g, ' '))
  .filter((s) => s !== '')

const contactInput = fc.record({
  firstName: name,
  lastName: text(4).map((s) => s.replace(/\n/g, ' ')),
  company: text(6).map((s) => s.replace(/\n/g, ' ')),
  position: text(4).map((s) => s.replace(/\n/g, ' ')),
  location: text(3).map((s) => s.replace(/\n/g, ' ')),
  notes: text(10),
  emails: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.example$/), { maxLength: 3 }),
  phones: fc.uniqueArray(fc.stringMatching(/^\+[1-9]\d{6,10}$/), { maxLength: 2 }),
  linkedinUrl: fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{2,20}$/), { nil: undefined }),
  tags: fc.uniqueArray(tag, { maxLength: 4, selector: (t) => t.toLocaleLowerCase() }),
  connectedOn: fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), {
    nil: null,
  }),
})

const importedFields = [
  'firstName',
  'lastName',
  'position',
  'company',
  'emails',
  'phones',
  'linkedinUrl',
  'location',
  'tags',
  'notes',
  'connectedOn',
] as const

describe('a JSON export read back by the importer', () => {
  it('gives back every contact field by field, whatever the names, companies and tags hold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(contactInput, { minLength: 1, maxLength: 4 }), async (inputs) => {
        const rapport = await startTestRapport()
        try {
          for (const input of inputs) {
            await rapport.client.call('contacts.create', {
              ...input,
              linkedinUrl: input.linkedinUrl ? `https://www.linkedin.com/in/${input.linkedinUrl}` : '',
              connectedOn: input.connectedOn?.toISOString().slice(0, 10) ?? null,
            })
          }
          const exported = await rapport.client.call('export.json', {})
          const outcome = parseImport(new TextEncoder().encode(JSON.stringify(exported, null, 2)), 'json')
          if (!outcome.ok) throw new Error(outcome.error)
          expect(outcome.value.contacts).toHaveLength(inputs.length)
          outcome.value.contacts.forEach((imported, i) => {
            const original = exported.contacts[i]
            for (const field of importedFields) expect(imported[field], field).toEqual(original[field])
          })
          const summary = (cs: { firstName: string; company: string; tags: string[] }[]) =>
            cs.map((c) => JSON.stringify([c.firstName, c.company, [...c.tags].sort()])).sort()
          expect(summary(outcome.value.contacts)).toEqual(summary(inputs))
        } finally {
          await rapport.stop()
        }
      }),
      { numRuns: 50 },
    )
  }, 120_000)
})

const hex = fc.stringMatching(/^#[0-9a-f]{6}$/)
const vaultInput = fc.record({
  newStages: fc.uniqueArray(
    fc.record({ name: fc.stringMatching(/^[A-Z][a-z]{2,8}$/), colour: hex, archive: fc.boolean() }),
    {
      maxLength: 3,
      selector: (s) => s.name.toLowerCase(),
    },
  ),
  recolour: fc.array(fc.tuple(fc.nat(4), hex), { maxLength: 2 }),
  goals: fc.array(
    fc.record({
      title: name,
      target: fc.integer({ min: 1, max: 20 }),
      period: fc.constantFrom('week', 'month', 'quarter') as fc.Arbitrary<'week' | 'month' | 'quarter'>,
      interactionTypes: fc.uniqueArray(
        fc.constantFrom('call', 'meeting', 'email') as fc.Arbitrary<'call' | 'meeting' | 'email'>,
      ),
      distinctContacts: fc.boolean(),
      stages: fc.uniqueArray(fc.nat(), { maxLength: 2 }),
      tags: fc.uniqueArray(fc.constantFrom('mentor', 'maths'), { maxLength: 2 }),
      communityIds: fc.uniqueArray(fc.constantFrom('community-1', 'community-2'), { maxLength: 2 }),
      archived: fc.boolean(),
      createdAt: fc.integer({ min: 0, max: 2_000_000_000_000 }),
    }),
    { maxLength: 2 },
  ),
  contacts: fc.array(
    fc.record({
      contact: contactInput,
      howWeMet: text(4).map((s) => s.replace(/\n/g, ' ')),
      offer: text(6),
      communities: fc.uniqueArray(tag, { maxLength: 2, selector: (t) => t.toLocaleLowerCase() }),
      cadenceDays: fc.option(fc.integer({ min: 1, max: 3650 }), { nil: null }),
      stage: fc.nat(),
      archived: fc.boolean(),
      interactions: fc.array(
        fc.record({
          type: fc.constantFrom('message', 'call', 'meeting', 'note') as fc.Arbitrary<
            'message' | 'call' | 'meeting' | 'note'
          >,
          occurredAt: fc.integer({ min: 0, max: 2_000_000_000_000 }),
          summary: text(4),
        }),
        { maxLength: 3 },
      ),
    }),
    { maxLength: 4 },
  ),
  reminders: fc.array(
    fc.record({
      contact: fc.nat(),
      dueAt: fc.integer({ min: 0, max: 2_000_000_000_000 }),
      note: text(4),
      status: fc.constantFrom('open', 'done', 'dismissed'),
    }),
    { maxLength: 3 },
  ),
  weekStart: fc.constantFrom(null, 0, 1, 6) as fc.Arbitrary<0 | 1 | 6 | null>,
})

describe('a JSON export imported into an empty vault', () => {
  it('exports again as the same stages, contacts, interactions, goals, reminders and settings, and a second import changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(vaultInput, async (input) => {
        const source = await startTestRapport()
        const target = await startTestRapport()
        try {
          const { client } = source
          const defaults = await client.call('stages.list', {})
          for (const [i, colour] of input.recolour) await client.call('stages.recolour', { id: defaults[i].id, colour })
          const created = []
          const contactIds: string[] = []
          for (const { name, colour } of input.newStages)
            created.push(await client.call('stages.create', { name, colour }))
          const stages = [...defaults, ...created]
          for (const c of input.contacts) {
            const communities = []
            for (const name of c.communities) communities.push(await communityNamed(client, name))
            const contact = await client.call('contacts.create', {
              ...c.contact,
              linkedinUrl: c.contact.linkedinUrl ? `https://www.linkedin.com/in/${c.contact.linkedinUrl}` : '',
              connectedOn: c.contact.connectedOn?.toISOString().slice(0, 10) ?? null,
              howWeMet: c.howWeMet,
              offer: c.offer,
              communities,
              cadenceDays: c.cadenceDays,
              stageId: stages[c.stage % stages.length].id,
            })
            contactIds.push(contact.id)
            if (c.archived) await client.call('contacts.archive', { id: contact.id })
            for (const i of c.interactions) await client.call('interactions.log', { contactId: contact.id, ...i })
          }
          for (const [i, stage] of created.entries()) {
            if (input.newStages[i].archive) {
              await client.call('stages.archive', { id: stage.id, moveContactsTo: defaults[0].id })
            }
          }
          source.core.vault.workspace.change((doc) =>
            importGoals(doc, {
              goals: input.goals.map(({ stages: picks, ...g }, i) => ({
                id: `goal-${i}` as GoalId,
                ...g,
                stageIds: [...new Set(picks.map((n) => stages[n % stages.length].id))],
              })),
            }),
          )
          for (const r of contactIds.length ? input.reminders : []) {
            const contactId = contactIds[r.contact % contactIds.length]
            const reminder = await client.call('reminders.create', { contactId, dueAt: r.dueAt, note: r.note })
            if (r.status === 'done') await client.call('reminders.complete', { id: reminder.id })
            if (r.status === 'dismissed') await client.call('reminders.dismiss', { id: reminder.id })
          }
          await client.call('settings.update', { weekStart: input.weekStart })
          const exported = await client.call('export.json', {})
          expect(exported.reminders).toHaveLength(contactIds.length ? input.reminders.length : 0)
          expect(exported.settings).toEqual({ weekStart: input.weekStart })
          const text = JSON.stringify(exported, null, 2)
          const comparable = (e: typeof exported) => ({
            ...e,
            exportedAt: '',
            stages: e.stages.map(({ name, colour, archived }) => ({ name, colour, archived })),
          })

          await importExportText(target.client, text)
          const imported = await target.client.call('export.json', {})
          expect(comparable(imported)).toEqual(comparable(exported))

          const again = await importExportText(target.client, text)
          expect(again.counts).toMatchObject({ created: 0, updated: 0, stages: 0, interactions: 0, goals: 0 })
          expect(comparable(await target.client.call('export.json', {}))).toEqual(comparable(exported))
        } finally {
          await source.stop()
          await target.stop()
        }
      }),
      { numRuns: 25 },
    )
  }, 240_000)
})
