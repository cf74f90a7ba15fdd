import type { Contact, ContactSource } from '../domain/types'
import type { ImportedFields, PlannedUpdate } from './importPlan'
import { emailKey, normaliseText, phoneKey } from './matchKeys'
import { listLimits, unionBy } from './mergeImported'

type Change = Omit<PlannedUpdate, 'line'>

const fillable = ['linkedinUrl', 'location'] as const

/**
 * What an import changes on a contact the vault has: company and position take the file's
 * values when they differ (beyond case, accents and spacing), empty fields are filled,
 * emails and phones are merged in, and the source is added. Nothing else is touched: not
 * the name, notes, stage, rank, tags, communities, offer, cadence or archived state.
 */
export const updateFromImport = (contact: Contact, person: ImportedFields, source: ContactSource): Change => {
  const fields: Change['fields'] = {}
  const previous: Change['previous'] = {}
  for (const key of ['company', 'position'] as const) {
    const value = person[key]
    if (value && value !== contact[key] && normaliseText(value) !== normaliseText(contact[key])) {
      fields[key] = value
      previous[key] = contact[key]
    }
  }
  const emails = person.emails.length ? unionBy(contact.emails, person.emails, emailKey, listLimits.emails) : []
  if (emails.length > contact.emails.length) {
    fields.emails = emails
    previous.emails = contact.emails
  }
  const phones = person.phones.length ? unionBy(contact.phones, person.phones, phoneKey, listLimits.phones) : []
  if (phones.length > contact.phones.length) {
    fields.phones = phones
    previous.phones = contact.phones
  }
  for (const key of fillable) {
    if (!contact[key] && person[key]) {
      fields[key] = person[key]
      previous[key] = contact[key]
    }
  }
  if (contact.connectedOn === null && person.connectedOn !== null) {
    fields.connectedOn = person.connectedOn
    previous.connectedOn = null
  }
  const roleChanged = 'company' in fields || 'position' in fields
  const hadRole = Boolean(contact.company || contact.position)
  return {
    id: contact.id,
    fields,
    previous,
    addSources: contact.sources.includes(source) ? [] : [source],
    previousRole: roleChanged && hadRole ? { company: contact.company, position: contact.position } : null,
  }
}

/** The timeline note that keeps a contact's previous role: `Was <position> at <company>`. */
export const previousRoleSummary = (role: { company: string; position: string }): string =>
  role.position && role.company
    ? `Was ${role.position} at ${role.company}`
    : role.position
      ? `Was ${role.position}`
      : `Was at ${role.company}`
