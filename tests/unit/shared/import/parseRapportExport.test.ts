import { describe, expect, it } from 'vitest'
import { jsonArrayElementLines } from '../../../../shared/import/jsonArrayElementLines'
import { parseRapportExport } from '../../../../shared/import/parseRapportExport'
import { errorOf, fixtureText } from './importFixtures'

const exportJson = () => JSON.parse(fixtureText('json/rapport-export.json')) as Record<string, unknown>

describe('parseRapportExport', () => {
  it('reads a version 1 export whole: stages, contacts, interactions and goals', () => {
    const outcome = parseRapportExport(fixtureText('json/rapport-export.json'))

    expect(outcome.ok && outcome.value).toMatchObject({
      version: 1,
      stages: [{ name: 'Connected' }, { name: 'Champion' }],
      contacts: [
        { id: 'contact-ada', stage: 'Champion', howWeMet: "Babbage's salon", cadenceDays: 30 },
        { id: 'contact-charles', archived: true },
      ],
      interactions: [{ contactId: 'contact-ada', type: 'call' }],
      goals: [{ title: 'Reach out to 3 a week', period: 'week' }],
    })
  })

  it('drops fields it does not know, since later versions of format 1 may add some', () => {
    const outcome = parseRapportExport(JSON.stringify({ ...exportJson(), addedLater: true }))

    expect(outcome.ok && 'addedLater' in outcome.value).toBe(false)
  })

  it('names the first field that is wrong', () => {
    const json = exportJson()
    const [ada] = json.contacts as Array<Record<string, unknown>>
    ada.emails = 'ada@example.com'

    expect(errorOf(parseRapportExport(JSON.stringify(json)))).toBe(
      'This is not a valid Rapport export: Invalid input: expected array, received string at contacts[0].emails.',
    )
  })

  it('asks for a newer Rapport for a newer format version', () => {
    expect(errorOf(parseRapportExport(JSON.stringify({ ...exportJson(), version: 2 })))).toBe(
      'This export was written by a newer Rapport (format version 2). Update Rapport to import it.',
    )
  })

  it('says when the file is not JSON at all', () => {
    expect(errorOf(parseRapportExport('{"version": 1,'))).toMatch(/^The file is not valid JSON \(.+\)\.$/)
  })
})

describe('jsonArrayElementLines', () => {
  it('finds the line of each element of a top-level array, skipping strings that look like JSON', () => {
    const text = [
      '{',
      '  "note": "[{ \\"contacts\\": [",',
      '  "contacts": [',
      '    {"a": "}"},',
      '    {',
      '    }',
      '  ]',
      '}',
    ].join('\n')

    expect(jsonArrayElementLines(text, 'contacts')).toEqual([4, 5])
  })
})
