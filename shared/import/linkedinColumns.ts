/** The fields of LinkedIn's `Connections.csv`. */
export type LinkedInField = 'firstName' | 'lastName' | 'url' | 'email' | 'company' | 'position' | 'connectedOn'

/** Where each field is in a row; -1 when the file has no such column. */
export type LinkedInColumns = Record<LinkedInField, number>

// The header names of the export in each language LinkedIn writes it in (lower-case). English, German, French and
// Spanish are the headers of real exports; Portuguese, Italian and Dutch are LinkedIn's terms for the same fields
// and have not been checked against a real export. A column is found by its name, never by its position.
const headerNames: Record<LinkedInField, string[]> = {
  firstName: ['first name', 'vorname', 'prénom', 'nombre', 'nome', 'voornaam'],
  lastName: ['last name', 'nachname', 'nom', 'apellidos', 'sobrenome', 'cognome', 'achternaam'],
  url: ['url', 'profile url'],
  email: [
    'email address',
    'e-mail address',
    'e-mail-adresse',
    'adresse e-mail',
    'dirección de correo electrónico',
    'endereço de e-mail',
    'indirizzo email',
    'e-mailadres',
  ],
  company: ['company', 'unternehmen', 'entreprise', 'empresa', 'azienda', 'bedrijf'],
  position: ['position', 'poste', 'cargo', 'posizione', 'functie'],
  connectedOn: [
    'connected on',
    'verbunden am',
    'date de connexion',
    'conexión',
    'fecha de conexión',
    'conectado em',
    'data di collegamento',
    'verbonden op',
  ],
}

const fieldByHeader = new Map(
  Object.entries(headerNames).flatMap(([field, names]) => names.map((name) => [name, field as LinkedInField])),
)

const normaliseHeader = (cell: string): string => cell.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ')

/** Maps a header row to the columns of each field, by name, in any export language. */
export const linkedinColumns = (headers: string[]): LinkedInColumns => {
  const columns: LinkedInColumns = {
    firstName: -1,
    lastName: -1,
    url: -1,
    email: -1,
    company: -1,
    position: -1,
    connectedOn: -1,
  }
  headers.forEach((cell, index) => {
    const field = fieldByHeader.get(normaliseHeader(cell))
    if (field !== undefined && columns[field] === -1) columns[field] = index
  })
  return columns
}

/** Whether a row is the header of a LinkedIn connections export: names, the profile URL and one more field. */
export const isLinkedInHeader = (cells: string[]): boolean => {
  const columns = linkedinColumns(cells)
  const others = [columns.email, columns.company, columns.position, columns.connectedOn]
  return columns.firstName >= 0 && columns.lastName >= 0 && columns.url >= 0 && others.some((c) => c >= 0)
}
