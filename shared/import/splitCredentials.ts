/** A last name without the credentials people append to it on LinkedIn. */
export type NameAndCredentials = { lastName: string; credentials: string[] }

// Credentials that may follow a name without a comma ("Smith CFA"). Only these, in this spelling: any other word
// after a space could just as well be part of the name.
const knownCredentials = new Set(
  [
    'PhD Ph.D. MBA PMP CFA CPA MD M.D. JD J.D. MSc M.Sc. BSc B.Sc. MA M.A. MS MEng PE P.E. PEng P.Eng. RN DDS DVM',
    'PharmD PsyD EdD DBA LLM LL.M. MPH MPA CISSP CISA CISM CSM CSPO PSM SAFe PHR SPHR SHRM-CP SHRM-SCP CFP CAIA',
    'FRM ACCA CMA CIMA CIPD CIPP ITIL LEED Esq. FCA ACA CEng MRICS',
  ]
    .join(' ')
    .split(' '),
)

// After a comma, anything shaped like a credential counts: short, starting with a capital, with at least two
// capitals ("MBA", "PhD", "Ph.D.", "CFA®"). Generational suffixes ("Jr.", "III") belong to the name and stay.
const credentialShape = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z.\-&]{1,11}$/
const nameSuffix = /^(?:Jr\.?|Sr\.?|I{2,3}|IV|VI{0,3}|IX|X)$/

const withoutMark = (word: string): string => word.replace(/[®™]$/, '')

const isKnownCredential = (word: string): boolean => knownCredentials.has(withoutMark(word))

const isCredential = (word: string): boolean =>
  isKnownCredential(word) || (credentialShape.test(withoutMark(word)) && !nameSuffix.test(word))

const words = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean)

const isCredentialList = (text: string): boolean => words(text).length > 0 && words(text).every(isCredential)

const lastWord = /^(.*\S)\s+(\S+)$/s

/**
 * Splits the credentials off a last name: `Lee, PhD` → `Lee` + `PhD`; `Doe, MBA, PMP` → `Doe` + `MBA`, `PMP`;
 * `Smith CFA` → `Smith` + `CFA`. A space-separated credential never takes the whole name; `Jr.` and `III` stay
 * in it; the rest of the name is kept exactly as written.
 */
export const splitCredentials = (raw: string): NameAndCredentials => {
  let lastName = raw.trim()
  const credentials: string[] = []
  let comma = lastName.lastIndexOf(',')
  while (comma >= 0 && isCredentialList(lastName.slice(comma + 1))) {
    credentials.unshift(...words(lastName.slice(comma + 1)))
    lastName = lastName.slice(0, comma).trimEnd()
    comma = lastName.lastIndexOf(',')
  }
  let word = lastWord.exec(lastName)
  while (word !== null && isKnownCredential(word[2])) {
    credentials.unshift(word[2])
    lastName = word[1]
    word = lastWord.exec(lastName)
  }
  return { lastName, credentials }
}
