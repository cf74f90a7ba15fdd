import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  colourSchema,
  contactFieldsSchema,
  contactIdSchema,
  interactionTypeSchema,
  maxFieldLength,
  maxNotesLength,
  positionSchema,
  stageNameSchema,
} from '../../../../shared/api/fieldSchemas'

const field = contactFieldsSchema.shape

/** The messages a schema gives for a value, or [] when it accepts it. */
const problemsWith = (schema: z.ZodType, value: unknown): string[] => {
  const result = schema.safeParse(value)
  return result.success ? [] : result.error.issues.map((i) => i.message)
}

describe('contact field schemas', () => {
  it('accept email addresses, trimmed, and refuse anything else', () => {
    expect(field.emails.parse([' ada@example.org '])).toEqual(['ada@example.org'])
    expect(problemsWith(field.emails, ['ada@'])).toEqual(['must be an email address'])
    expect(problemsWith(field.emails, ['ada at example.org'])).toEqual(['must be an email address'])
  })

  it('accept a web address or nothing for linkedinUrl', () => {
    expect(field.linkedinUrl.parse('https://www.linkedin.com/in/ada')).toBe('https://www.linkedin.com/in/ada')
    expect(field.linkedinUrl.parse('  ')).toBe('')
  })

  it.each(['linkedin.com/in/ada', 'javascript:alert(1)', 'ftp://example.org/ada', 'https://', 'https://no-dot'])(
    'refuse %j as a linkedinUrl',
    (value) => {
      expect(problemsWith(field.linkedinUrl, value)).toEqual(['must be a web address (https://...)'])
    },
  )

  it('accept a real calendar date as connectedOn, or null', () => {
    expect(field.connectedOn.parse('2024-02-29')).toBe('2024-02-29')
    expect(field.connectedOn.parse(null)).toBeNull()
  })

  it.each(['2025-02-30', '2025-02-29', '2025-13-01', '2025-04-31', '2025-00-10'])(
    'refuse %s, which is not a real date',
    (value) => {
      expect(problemsWith(field.connectedOn, value)).toEqual(['must be a real date'])
    },
  )

  it.each(['2025-2-3', '03/02/2025', '2025-02-03T10:00:00Z', ''])('refuse %j, which is not YYYY-MM-DD', (value) => {
    expect(problemsWith(field.connectedOn, value)).toContain('must be a date as YYYY-MM-DD')
  })

  it('accept text up to its maximum length after trimming, and no longer', () => {
    const longest = 'a'.repeat(maxFieldLength)

    expect(field.company.parse(`  ${longest}  `)).toBe(longest)
    expect(problemsWith(field.company, `${longest}a`)).toEqual([`must be at most ${maxFieldLength} characters`])
    expect(problemsWith(field.howWeMet, 'a'.repeat(2001))).toEqual(['must be at most 2000 characters'])
  })

  it('accept notes up to their maximum length, untrimmed, and no longer', () => {
    expect(field.notes.parse('  indented\n')).toBe('  indented\n')
    expect(problemsWith(field.notes, 'a'.repeat(maxNotesLength))).toEqual([])
    expect(problemsWith(field.notes, 'a'.repeat(maxNotesLength + 1))).toEqual([
      `must be at most ${maxNotesLength} characters`,
    ])
  })

  it('accept tags of 1 to 60 characters, trimmed', () => {
    expect(field.tags.parse([' maths '])).toEqual(['maths'])
    expect(problemsWith(field.tags, ['  '])).toEqual(['must not be empty'])
    expect(problemsWith(field.tags, ['a'.repeat(61)])).toEqual(['must be at most 60 characters'])
  })

  it('accept a cadence of whole days from 1 to 3650, or null', () => {
    expect(field.cadenceDays.parse(14)).toBe(14)
    expect(field.cadenceDays.parse(null)).toBeNull()
    for (const bad of [0, 1.5, 3651, '14']) expect(problemsWith(field.cadenceDays, bad)).not.toEqual([])
  })

  it('accept at most 20 emails', () => {
    const emails = Array.from({ length: 21 }, (_, i) => `a${i}@example.org`)

    expect(problemsWith(field.emails, emails.slice(0, 20))).toEqual([])
    expect(problemsWith(field.emails, emails)).not.toEqual([])
  })
})

describe('colourSchema', () => {
  it('accepts #rrggbb and lowercases it', () => {
    expect(colourSchema.parse('#AbCdEf')).toBe('#abcdef')
  })

  it.each(['#abc', 'abcdef', '#abcdeg', 'red', '#abcdef0'])('refuses %j', (value) => {
    expect(problemsWith(colourSchema, value)).toEqual(['must be a colour as #rrggbb'])
  })
})

describe('stageNameSchema', () => {
  it('accepts a name of 1 to 60 characters, trimmed', () => {
    expect(stageNameSchema.parse('  Mentors ')).toBe('Mentors')
    expect(problemsWith(stageNameSchema, '   ')).toEqual(['must not be empty'])
    expect(problemsWith(stageNameSchema, 'a'.repeat(61))).toEqual(['must be at most 60 characters'])
  })
})

describe('id and position schemas', () => {
  it('accept ids of 1 to 100 characters', () => {
    expect(contactIdSchema.parse('contact-ada')).toBe('contact-ada')
    expect(problemsWith(contactIdSchema, '')).toEqual(['is required'])
    expect(problemsWith(contactIdSchema, 'a'.repeat(101))).toEqual(['is too long'])
  })

  it('accept a position after an id, before an id, or neither', () => {
    expect(positionSchema.parse({})).toEqual({})
    expect(positionSchema.parse({ afterId: 'a', beforeId: null })).toEqual({ afterId: 'a', beforeId: null })
    expect(problemsWith(positionSchema, { afterId: '' })).toEqual(['is required'])
  })

  it('accept only the known interaction types', () => {
    expect(interactionTypeSchema.parse('meeting')).toBe('meeting')
    expect(problemsWith(interactionTypeSchema, 'telegram')).not.toEqual([])
  })
})
