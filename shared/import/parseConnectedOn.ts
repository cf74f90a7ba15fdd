import { calendarDate } from './calendarDate'

// Month names in the languages LinkedIn exports in, without accents. An abbreviation matches a month when it
// begins one of that month's names (`Sept`, `févr.`, `Mär`, `dic`) and no other month's.
const monthNames: string[][] = [
  ['january', 'januar', 'janvier', 'enero', 'janeiro', 'gennaio', 'januari'],
  ['february', 'februar', 'fevrier', 'febrero', 'fevereiro', 'febbraio', 'februari'],
  ['march', 'marz', 'mars', 'marzo', 'marco', 'maart', 'mrz', 'mrt'],
  ['april', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mei'],
  ['june', 'juni', 'juin', 'junio', 'junho', 'giugno'],
  ['july', 'juli', 'juillet', 'julio', 'julho', 'luglio'],
  ['august', 'aout', 'agosto', 'augustus'],
  ['september', 'septembre', 'septiembre', 'setembro', 'settembre'],
  ['october', 'oktober', 'octobre', 'octubre', 'outubro', 'ottobre'],
  ['november', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dezember', 'decembre', 'diciembre', 'dezembro', 'dicembre'],
]

const withoutAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '')

const monthNumber = (token: string): number | null => {
  const abbreviation = withoutAccents(token.toLowerCase()).replace(/\.$/, '')
  if (abbreviation.length < 3) return null
  const months = monthNames.flatMap((names, i) => (names.some((n) => n.startsWith(abbreviation)) ? [i + 1] : []))
  return months.length === 1 ? months[0] : null
}

/**
 * LinkedIn's "Connected On" date (`14 Feb 2025`, `03 Nov. 2024`, `03 Mär 2024`, `5 févr. 2023`) as `YYYY-MM-DD`;
 * also takes `YYYY-MM-DD`. Null when the value is empty or not a date.
 */
export const parseConnectedOn = (value: string): string | null => {
  const trimmed = value.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed)
  if (iso !== null) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const match = /^(\d{1,2})\.?\s+([^\s\d]+)\s+(\d{4})$/u.exec(trimmed)
  if (match === null) return null
  const month = monthNumber(match[2])
  return month === null ? null : calendarDate(Number(match[3]), month, Number(match[1]))
}
