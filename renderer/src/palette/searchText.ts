/** Letters that Unicode does not decompose into a base letter and a mark, spelled the way people type them. */
const unaccented: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
}

/**
 * Text as the palette compares it: lowercase, without accents ("Zoë Müller-Øst" reads "zoe muller ost"),
 * punctuation turned into spaces between words, spaces collapsed.
 */
export const searchText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[øæœßłđðþı]/g, (letter) => unaccented[letter])
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
