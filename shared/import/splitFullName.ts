/** First and last name from a name written in one piece: the last word is the last name. */
export const splitFullName = (fullName: string): { firstName: string; lastName: string } => {
  const words = fullName.trim().split(/\s+/).filter(Boolean)
  if (words.length < 2) return { firstName: words[0] ?? '', lastName: '' }
  return { firstName: words.slice(0, -1).join(' '), lastName: words[words.length - 1] }
}
