import type { ImportedContact } from './importedContact'

/** Whether a record gave nothing to know a person by: no name, email, phone, company or LinkedIn URL. */
export const isEmptyContact = (c: ImportedContact): boolean =>
  [c.firstName, c.lastName, c.company, c.linkedinUrl, ...c.emails, ...c.phones].every((v) => v === '')
