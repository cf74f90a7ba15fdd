import { describe, expect, it } from 'vitest'
import { fieldChange, fieldError } from '../../../renderer/src/contact/fieldChange'
import { messageForField } from '../../../renderer/src/contact/fieldLabels'
import { RapportError } from '../../../shared/api/errors'

describe('fieldChange', () => {
  it('sends a real change of the field, trimmed as the core would store it', () => {
    expect(fieldChange('company', '  Acme ', 'Bolt')).toEqual({ kind: 'send', value: 'Acme' })
  })

  it('sends nothing when the edit only added spaces', () => {
    expect(fieldChange('company', 'Acme  ', 'Acme')).toEqual({ kind: 'unchanged' })
  })

  it('compares lists entry by entry', () => {
    expect(fieldChange('tags', ['a', 'b'], ['a', 'b'])).toEqual({ kind: 'unchanged' })
    expect(fieldChange('tags', ['a', 'c'], ['a', 'b'])).toEqual({ kind: 'send', value: ['a', 'c'] })
    expect(fieldChange('cadenceDays', null, 30)).toEqual({ kind: 'send', value: null })
  })

  it('refuses what the shared schema refuses, in its words', () => {
    expect(fieldChange('linkedinUrl', 'linkedin.com/in/ada', '')).toEqual({
      kind: 'invalid',
      message: 'Must be a web address (https://...)',
    })
    expect(fieldChange('connectedOn', '2024-02-30', null)).toEqual({ kind: 'invalid', message: 'Must be a real date' })
  })
})

describe('fieldError', () => {
  it('names the list entry that is wrong', () => {
    expect(fieldError('emails', ['ada@example.com', 'bob@'])).toBe('"bob@" must be an email address')
  })

  it('is null for a good value', () => {
    expect(fieldError('emails', ['ada@example.com'])).toBeNull()
    expect(fieldError('linkedinUrl', '')).toBeNull()
  })
})

describe('messageForField', () => {
  it('prefers the issue about the field to the whole error', () => {
    const error = new RapportError('bad_request', 'Invalid contacts.update', [
      { path: 'fields.linkedinUrl', message: 'must be a web address (https://...)' },
    ])
    expect(messageForField(error, 'linkedinUrl')).toBe('must be a web address (https://...)')
    expect(messageForField(new Error('Rapport did not answer'), 'company')).toBe('Rapport did not answer')
  })
})
