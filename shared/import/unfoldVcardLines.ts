/** One logical line of a vCard file (folded continuations joined) and the 1-based line it starts on. */
export type VcardLine = { line: number; text: string }

// The property's parameters say its value is quoted-printable (`;ENCODING=QUOTED-PRINTABLE` or 2.1's bare form).
const quotedPrintable = /^[^:]*;(?:encoding=)?quoted-printable[;:]/i
const isSoftBreak = (text: string): boolean => quotedPrintable.test(text) && text.endsWith('=')

/**
 * Joins the physical lines of a vCard file into logical ones. A line that starts with a space or tab continues
 * the one before: vCard 3.0 and 4.0 drop that one whitespace character, 2.1 keeps it (it folds at existing
 * whitespace, as RFC 822 does). A quoted-printable value ending in `=` continues on the next line (the `=` is a
 * soft line break and is dropped).
 */
export const unfoldVcardLines = (text: string): VcardLine[] => {
  const physical = text.split(/\r\n|\n|\r/)
  const logical: VcardLine[] = []
  let isVersion21 = false
  let current: VcardLine | null = null
  const finish = () => {
    if (current === null) return
    if (/^begin:vcard\s*$/i.test(current.text)) isVersion21 = false
    if (/^version:\s*2\.1\s*$/i.test(current.text)) isVersion21 = true
    logical.push(current)
    current = null
  }
  physical.forEach((text, index) => {
    if (current !== null && isSoftBreak(current.text) && !/^end:vcard\s*$/i.test(text)) {
      current.text = current.text.slice(0, -1) + text
    } else if (current !== null && /^[ \t]/.test(text)) {
      current.text += isVersion21 ? text : text.slice(1)
    } else {
      finish()
      current = { line: index + 1, text }
    }
  })
  finish()
  return logical.filter((l) => l.text.trim() !== '')
}
