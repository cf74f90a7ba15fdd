import QRCode from 'qrcode'

/** A pairing code as a QR image (SVG markup) that a phone or webcam reads back as the same code. */
export const pairingQrSvg = (code: string): Promise<string> =>
  QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
