import fs from 'node:fs/promises'
import path from 'node:path'
import { contentSecurityPolicy } from '../../../shared/contentSecurityPolicy'
import type { HttpHandler } from './startSocketServer'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/**
 * Serves the built UI from a folder: GET and HEAD only, nothing outside the folder, the
 * app's Content Security Policy on every answer, and index.html for the root.
 */
export const serveStaticFiles = (root: string): HttpHandler => {
  const base = path.resolve(root)
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    let relative: string
    try {
      relative = decodeURIComponent(pathname)
    } catch {
      return false
    }
    const file = path.resolve(base, `.${relative.endsWith('/') ? `${relative}index.html` : relative}`)
    if (file !== base && !file.startsWith(base + path.sep)) return false
    let body: Buffer
    try {
      body = await fs.readFile(file)
    } catch {
      return false
    }
    res.writeHead(200, {
      'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      // Hashed assets never change; the page itself is always fetched fresh.
      'cache-control': file.endsWith('.html') ? 'no-store' : 'public, max-age=31536000, immutable',
    })
    res.end(req.method === 'HEAD' ? undefined : body)
    return true
  }
}
