import Papa from 'papaparse'
import { fakeContacts } from '../fakeNetwork'
import { seededRandom } from '../seededRandom'

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `2024-03-01` as LinkedIn writes it: `01 Mar 2024`. */
const linkedinDate = (iso: string | null | undefined): string =>
  iso ? `${iso.slice(8, 10)} ${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}` : ''

/**
 * A LinkedIn `Connections.csv` of `count` people, the same for the same seed: LinkedIn's preamble, its header,
 * and one row per person (about a third with an email, as LinkedIn only shares the ones people allow).
 */
export const linkedinConnectionsCsv = (count: number, seed = 20_260_105): string => {
  const rng = seededRandom(seed)
  const rows = fakeContacts(rng, { count, anchor: Date.UTC(2026, 0, 5) }).map(({ fields: f }) => [
    f.firstName ?? '',
    f.lastName ?? '',
    f.linkedinUrl ?? '',
    rng.chance(0.3) ? (f.emails?.[0] ?? '') : '',
    f.company ?? '',
    f.position ?? '',
    linkedinDate(f.connectedOn),
  ])
  const preamble =
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n'
  const header = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On']
  return `${preamble}${Papa.unparse({ fields: header, data: rows }, { newline: '\n' })}\n`
}
