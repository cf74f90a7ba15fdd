import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { pairingQrSvg } from '../../../../../electron/core/sync/pairingQrSvg'

const code = '020G-30G2-GJ20-70R2-G80R-240G-40SG-C'

describe('pairingQrSvg', () => {
  it('draws the code as an SVG image', async () => {
    const svg = await pairingQrSvg(code)

    expect(svg).toMatch(/^<svg[^>]*viewBox="0 0 \d+ \d+"/)
    expect(svg).toContain('<path')
    expect(svg.trim().endsWith('</svg>')).toBe(true)
  })

  it('can hold a code as shown, dashes included, in QR’s compact alphanumeric mode', () => {
    const qr = QRCode.create(code, { errorCorrectionLevel: 'M' })

    expect(qr.segments.map((s) => [s.mode.id, s.data])).toEqual([['Alphanumeric', code]])
  })
})
