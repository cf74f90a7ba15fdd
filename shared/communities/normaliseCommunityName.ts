/** A community name as compared: trimmed, inner spaces collapsed, lower case ("Rust  Berlin " → "rust berlin"). */
export const normaliseCommunityName = (name: string): string =>
  name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()
