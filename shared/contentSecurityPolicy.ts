/**
 * The UI's Content Security Policy, sent by the Electron session and by browser mode alike.
 * Mantine sets inline styles, hence 'unsafe-inline' for styles only; scripts come from our
 * own files and nowhere else.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')
