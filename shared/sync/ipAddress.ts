/** The four bytes of a dotted IPv4 address, or null when it is not one. */
export const parseIpv4 = (text: string): number[] | null => {
  const parts = text.split('.')
  if (parts.length !== 4 || parts.some((p) => !/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255)) return null
  return parts.map(Number)
}

/** The eight 16-bit groups of an IPv6 address (compressed `::` and a trailing dotted IPv4 allowed), or null. */
export const parseIpv6 = (text: string): number[] | null => {
  const halves = text.split('::')
  if (halves.length > 2) return null
  const groupsOf = (part: string): number[] | null => {
    if (part === '') return []
    const groups: number[] = []
    const pieces = part.split(':')
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIpv4(piece)
        if (!v4) return null
        groups.push(v4[0] * 256 + v4[1], v4[2] * 256 + v4[3])
      } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) groups.push(parseInt(piece, 16))
      else return null
    }
    return groups
  }
  const head = groupsOf(halves[0])
  const tail = halves.length === 2 ? groupsOf(halves[1]) : []
  if (!head || !tail) return null
  if (halves.length === 1) return head.length === 8 ? head : null
  const missing = 8 - head.length - tail.length
  return missing >= 1 ? [...head, ...new Array<number>(missing).fill(0), ...tail] : null
}

/** An IPv6 address in its canonical text form (RFC 5952): lower case, the longest run of zero groups as `::`. */
export const formatIpv6 = (groups: readonly number[]): string => {
  let bestStart = -1
  let bestLength = 1
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++
      continue
    }
    let j = i
    while (j < 8 && groups[j] === 0) j++
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i]
    i = j
  }
  const hexOf = (gs: readonly number[]) => gs.map((g) => g.toString(16)).join(':')
  if (bestStart < 0) return hexOf(groups)
  return `${hexOf(groups.slice(0, bestStart))}::${hexOf(groups.slice(bestStart + bestLength))}`
}
