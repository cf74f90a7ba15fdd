/** One property of a vCard: `item1.EMAIL;TYPE=work,pref:ada@example.com`. */
export type VcardProperty = {
  /** Apple's grouping prefix (`item1`), lower-cased, or ''. */
  group: string
  /** Upper-cased: `EMAIL`. */
  name: string
  /** Upper-cased parameter name → its values (`TYPE` values lower-cased). Bare 2.1 parameters are `TYPE`s. */
  params: Map<string, string[]>
  /** The value as written: still quoted-printable and escaped. */
  value: string
}

// 2.1 allows an encoding without its parameter name: `NOTE;QUOTED-PRINTABLE:...`.
const bareEncodings = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT'])

/** Splits on `separator` outside double quotes. */
const splitOutsideQuotes = (text: string, separator: string): string[] => {
  const parts: string[] = []
  let quoted = false
  let start = 0
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '"') quoted = !quoted
    else if (text[i] === separator && !quoted) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts
}

const firstColonOutsideQuotes = (text: string): number => {
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '"') quoted = !quoted
    else if (text[i] === ':' && !quoted) return i
  }
  return -1
}

const addParam = (params: Map<string, string[]>, param: string): void => {
  const equals = param.indexOf('=')
  const rawName = equals < 0 ? '' : param.slice(0, equals).trim().toUpperCase()
  const rawValue = equals < 0 ? param.trim() : param.slice(equals + 1)
  const name = rawName !== '' ? rawName : bareEncodings.has(rawValue.toUpperCase()) ? 'ENCODING' : 'TYPE'
  const values = splitOutsideQuotes(rawValue, ',')
    .map((v) => v.trim().replace(/^"|"$/g, ''))
    .map((v) => (name === 'TYPE' ? v.toLowerCase() : v))
    .filter((v) => v !== '')
  params.set(name, [...(params.get(name) ?? []), ...values])
}

/** Reads one logical vCard line into its group, name, parameters and raw value; null when it has no `:`. */
export const parseVcardProperty = (line: string): VcardProperty | null => {
  const colon = firstColonOutsideQuotes(line)
  if (colon < 0) return null
  const [qualifiedName, ...rawParams] = splitOutsideQuotes(line.slice(0, colon), ';')
  const dot = qualifiedName.lastIndexOf('.')
  const params = new Map<string, string[]>()
  rawParams.filter((p) => p.trim() !== '').forEach((p) => addParam(params, p))
  return {
    group: dot < 0 ? '' : qualifiedName.slice(0, dot).trim().toLowerCase(),
    name: qualifiedName
      .slice(dot + 1)
      .trim()
      .toUpperCase(),
    params,
    value: line.slice(colon + 1),
  }
}
