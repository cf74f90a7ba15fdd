import * as A from '@automerge/automerge'
import type { ImportedContact } from '../../shared/import/importedContact'

type Row = Record<string, A.ImmutableString | A.ImmutableString[]>

/** One Automerge change that puts every record into an empty document as a map of ImmutableStrings. */
export const rawAutomergeInsert = (contacts: ImportedContact[]): A.Doc<{ contacts: Record<string, Row> }> =>
  A.change(A.from<{ contacts: Record<string, Row> }>({ contacts: {} }), (doc) => {
    contacts.forEach((c, i) => {
      doc.contacts[`c${i}`] = {
        firstName: new A.ImmutableString(c.firstName),
        lastName: new A.ImmutableString(c.lastName),
        company: new A.ImmutableString(c.company),
        position: new A.ImmutableString(c.position),
        linkedinUrl: new A.ImmutableString(c.linkedinUrl),
        connectedOn: new A.ImmutableString(c.connectedOn ?? ''),
        emails: c.emails.map((e) => new A.ImmutableString(e)),
      }
    })
  })
