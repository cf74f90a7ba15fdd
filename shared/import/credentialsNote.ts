/** Notes with a `Credentials: ...` line added when a name had credentials taken out of it. */
export const withCredentialsNote = (notes: string, credentials: string[]): string =>
  [notes.trim(), credentials.length > 0 ? `Credentials: ${credentials.join(', ')}` : '']
    .filter((part) => part !== '')
    .join('\n\n')
