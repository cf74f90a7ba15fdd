const beyondAscii = /[\u0080-\uffff]/g

const escapeCodeUnit = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`

/**
 * `JSON.stringify`, with every character above U+007F written as a `\uXXXX` escape, so the text
 * is pure ASCII and parses to the same value. Chromium receives a large WebSocket message much
 * faster when it is ASCII: one non-Latin-1 character (a name such as "Świątek") makes it build
 * the whole message as a two-byte string. The text grows by five bytes per escaped character.
 */
export const toAsciiJson = (value: unknown): string => JSON.stringify(value).replace(beyondAscii, escapeCodeUnit)
